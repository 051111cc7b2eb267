package org.modelgate.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.proposal.DraftRequest;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.security.ModelAction;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;

/**
 * A big-data legal supervision model (监督模型), one version of it. Its stage is written only by the
 * lifecycle process ({@link StageRecorder}), never by an edit.
 */
@Entity
@Table(name = "mg_supervision_model")
public class SupervisionModel {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_supervision_model")
  @SequenceGenerator(
      name = "mg_supervision_model",
      sequenceName = "mg_supervision_model_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "business_line", nullable = false, length = 32)
  private BusinessLine businessLine;

  @ManyToOne(optional = false)
  @JoinColumn(name = "supervision_point_id")
  private SupervisionPoint supervisionPoint;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owning_unit_id")
  private Unit owningUnit;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "problem_statement", nullable = false, length = 4000)
  private String problemStatement;

  @Column(name = "data_sources", nullable = false, length = 4000)
  private String dataSources;

  @Column(name = "rule_description", nullable = false, length = 8000)
  private String ruleDescription;

  @Column(name = "expected_effect", nullable = false, length = 4000)
  private String expectedEffect;

  @Column(length = 4000)
  private String difficulties;

  @Column(name = "innovation_statement", length = 4000)
  private String innovationStatement;

  /** Co-creators share the creator's rights on the model and are excluded from judging it. */
  @ManyToMany
  @JoinTable(
      name = "mg_model_creator",
      joinColumns = @JoinColumn(name = "model_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<UserAccount> coCreators = new HashSet<>();

  @Column(name = "model_version", nullable = false)
  private int modelVersion = 1;

  /** The held version this one revises, if any. */
  @ManyToOne
  @JoinColumn(name = "previous_version_id")
  private SupervisionModel previousVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Stage stage = Stage.DRAFT;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  /** Optimistic lock; also the ETag of the model. */
  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected SupervisionModel() {}

  public SupervisionModel(
      DraftRequest request,
      SupervisionPoint point,
      UserAccount creator,
      Set<UserAccount> coCreators,
      Instant now) {
    this.owningUnit = creator.getUnit();
    this.createdBy = creator;
    this.createdAt = now;
    edit(request, point, coCreators, now);
  }

  /** A new draft version of this (held) model, with the same content and creators. */
  public SupervisionModel nextVersion(Instant now) {
    SupervisionModel next = new SupervisionModel();
    next.title = title;
    next.businessLine = businessLine;
    next.supervisionPoint = supervisionPoint;
    next.owningUnit = owningUnit;
    next.createdBy = createdBy;
    next.coCreators = new HashSet<>(coCreators);
    next.problemStatement = problemStatement;
    next.dataSources = dataSources;
    next.ruleDescription = ruleDescription;
    next.expectedEffect = expectedEffect;
    next.difficulties = difficulties;
    next.innovationStatement = innovationStatement;
    next.modelVersion = modelVersion + 1;
    next.previousVersion = this;
    next.createdAt = now;
    next.updatedAt = now;
    return next;
  }

  public void edit(
      DraftRequest request, SupervisionPoint point, Set<UserAccount> coCreators, Instant now) {
    this.title = request.title().strip();
    this.supervisionPoint = point;
    this.businessLine = point.getBusinessLine();
    this.problemStatement = request.problemStatement();
    this.dataSources = request.dataSources();
    this.ruleDescription = request.ruleDescription();
    this.expectedEffect = request.expectedEffect();
    this.difficulties = request.difficulties();
    this.innovationStatement = request.innovationStatement();
    this.coCreators = new HashSet<>(coCreators);
    this.updatedAt = now;
  }

  /** Whether the user created or co-created this model. */
  public boolean isCreator(long userId) {
    return createdBy.getId() == userId
        || coCreators.stream().anyMatch(user -> user.getId() == userId);
  }

  /** The units of the creator and the co-creators: reviewers from these are excluded. */
  public Set<Long> creatorUnitIds() {
    Set<Long> units = new HashSet<>();
    units.add(createdBy.getUnit().getId());
    coCreators.forEach(user -> units.add(user.getUnit().getId()));
    return units;
  }

  public Set<UserAccount> getCoCreators() {
    return Set.copyOf(coCreators);
  }

  public String getTitle() {
    return title;
  }

  public SupervisionPoint getSupervisionPoint() {
    return supervisionPoint;
  }

  public int getModelVersion() {
    return modelVersion;
  }

  public long getRowVersion() {
    return rowVersion;
  }

  public boolean hasInnovationStatement() {
    return innovationStatement != null && !innovationStatement.isBlank();
  }

  public void markSubmitted(Instant now) {
    this.submittedAt = now;
    this.updatedAt = now;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void enterStage(Stage next, Instant now) {
    this.stage = next;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Stage getStage() {
    return stage;
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public Unit getOwningUnit() {
    return owningUnit;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ModelSummaryResponse toSummary(Set<ModelAction> allowedActions) {
    return new ModelSummaryResponse(
        id,
        title,
        businessLine,
        supervisionPoint.getName(),
        owningUnit.getName(),
        createdBy.getUsername(),
        modelVersion,
        stage,
        stage.label(),
        updatedAt,
        allowedActions);
  }

  public SupervisionModelResponse toResponse(Set<ModelAction> allowedActions) {
    return new SupervisionModelResponse(
        id,
        title,
        businessLine,
        businessLine.label(),
        supervisionPoint.getId(),
        supervisionPoint.getName(),
        owningUnit.getId(),
        owningUnit.getName(),
        createdBy.getUsername(),
        coCreators.stream()
            .map(UserAccount::toRef)
            .sorted(Comparator.comparing(UserRef::username))
            .toList(),
        problemStatement,
        dataSources,
        ruleDescription,
        expectedEffect,
        difficulties,
        innovationStatement,
        modelVersion,
        previousVersion == null ? null : previousVersion.getId(),
        stage,
        stage.label(),
        rowVersion,
        createdAt,
        updatedAt,
        submittedAt,
        allowedActions);
  }
}
