package org.modelgate.web.ui.proposal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.organisation.SupervisionPointResponse;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.api.proposal.AttachmentService;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.proposal.WithdrawRequest;
import org.modelgate.web.ui.Actions;
import org.modelgate.web.ui.Feedback;
import org.modelgate.web.ui.Texts;
import org.modelgate.web.ui.UserLocale;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A new draft (no id) or the edit of a draft or returned model: the content with each refusal next
 * to its field, co-creators, attachments, submission (or resubmission after revision) with the
 * homogeneity warning, and withdrawal. Saving names the row version the user edited, so a change
 * someone else saved first is refused rather than overwritten.
 */
@Named
@ViewScoped
public class ProposalPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The rule the service names when a crowded supervision point needs an innovation statement. */
  private static final String HOMOGENEITY_RULE = "RequiredAboveHomogeneityCap";

  @Inject ProposalService proposals;
  @Inject AttachmentService attachmentService;
  @Inject OrganisationService organisation;
  @Inject UserLocale userLocale;

  private Long id;
  private SupervisionModelResponse model;
  private DraftForm form = new DraftForm();
  private List<SelectItem> supervisionPoints;
  private List<UserRef> creators;
  private List<AttachmentResponse> attachments;
  private List<ModelSummaryResponse> similar;
  private String reason;
  private Integer homogeneityCap;
  private Long attachmentMaxBytes;
  private boolean capRefused;

  /** Opens the page: an empty form, or the model's content (404 or 403 as the API would). */
  public void load() {
    if (id == null) {
      return;
    }
    Feedback.load(() -> proposals.find(id)).ifPresent(this::show);
  }

  private void show(SupervisionModelResponse loaded) {
    model = loaded;
    form = DraftForm.of(loaded);
    attachments = null;
    similar = null;
  }

  /** Saves the draft: creates it (and moves to its own address) or updates the edited version. */
  public String save() {
    if (model == null) {
      return Feedback.call(() -> proposals.createDraft(form.toRequest()), "proposal.created")
          .map(created -> "/proposal?faces-redirect=true&id=" + created.id())
          .orElse(null);
    }
    update("proposal.saved");
    return null;
  }

  private boolean update(String successKey) {
    return Feedback.call(
            () -> proposals.update(model.id(), model.rowVersion(), form.toRequest()), successKey)
        .map(
            saved -> {
              show(saved);
              return true;
            })
        .orElse(false);
  }

  /**
   * Checks saving and submitting the way the services will (nothing saved), before the confirmation
   * is asked for.
   */
  public void checkSubmit() {
    if (model == null) {
      return;
    }
    boolean revision = can("RESUBMIT");
    Feedback.rehearse(
        () -> {
          proposals.update(model.id(), model.rowVersion(), form.toRequest());
          try {
            if (revision) {
              proposals.resubmit(model.id());
            } else {
              proposals.submit(model.id());
            }
          } catch (InvalidInputException refused) {
            capRefused =
                refused.violations().stream().anyMatch(v -> HOMOGENEITY_RULE.equals(v.rule()));
            throw refused;
          }
        });
  }

  /** Checks the withdrawal the way the service will, before the confirmation is asked for. */
  public void checkWithdraw() {
    Feedback.rehearse(() -> proposals.withdraw(model.id(), new WithdrawRequest(reason)));
  }

  /**
   * Saves the content, then submits the draft (or resubmits the revised model); on success the
   * model's page shows where it now stands.
   */
  public String submit() {
    if (model == null || !update(null)) {
      return null;
    }
    boolean revision = can("RESUBMIT");
    return Feedback.call(
            () -> {
              try {
                return revision ? proposals.resubmit(model.id()) : proposals.submit(model.id());
              } catch (InvalidInputException refused) {
                capRefused =
                    refused.violations().stream().anyMatch(v -> HOMOGENEITY_RULE.equals(v.rule()));
                throw refused;
              }
            },
            revision ? "proposal.resubmitted" : "proposal.submitted")
        .map(
            submitted -> {
              Feedback.nextStep(submitted.id());
              return "/model?faces-redirect=true&id=" + submitted.id();
            })
        .orElseGet(
            () -> {
              similar = null;
              return null;
            });
  }

  /** The creator withdraws the submitted model, with a reason. */
  public String withdraw() {
    return Feedback.call(
            () -> proposals.withdraw(model.id(), new WithdrawRequest(reason)), "proposal.withdrawn")
        .map(withdrawn -> "/model?faces-redirect=true&id=" + withdrawn.id())
        .orElse(null);
  }

  /** One uploaded file, checked by the service (type by content, size, count). */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (Feedback.run(
        () ->
            attachmentService.addAttachment(
                model.id(), file.getFileName(), file.getContentType(), file.getContent()),
        "proposal.attached",
        file.getFileName())) {
      attachments = null;
    }
  }

  public boolean isCreating() {
    return model == null;
  }

  /** Whether the user may take the action (a {@code ModelAction} name) on the model now. */
  public boolean can(String action) {
    return model != null && Actions.allows(model.allowedActions(), action);
  }

  /** Whether the form is open: a new draft, or a model the user may change now. */
  public boolean isEditable() {
    return model == null || can("EDIT");
  }

  public boolean isRevision() {
    return model != null && model.stage() == Stage.REVISION;
  }

  /** The supervision points, grouped by business line. */
  public List<SelectItem> getSupervisionPoints() {
    if (supervisionPoints == null) {
      Map<BusinessLine, List<SelectItem>> byLine = new LinkedHashMap<>();
      for (SupervisionPointResponse point : organisation.supervisionPoints()) {
        byLine
            .computeIfAbsent(point.businessLine(), line -> new ArrayList<>())
            .add(
                new SelectItem(
                    point.id(),
                    point.code() + " " + (userLocale.isEnglish() ? point.nameEn() : point.name())));
      }
      List<SelectItem> groups = new ArrayList<>();
      byLine.forEach(
          (line, points) ->
              groups.add(
                  new SelectItemGroup(
                      Texts.get("proposal.line." + line.name()),
                      null,
                      false,
                      points.toArray(SelectItem[]::new))));
      supervisionPoints = groups;
    }
    return supervisionPoints;
  }

  /** The other creators who may share the model. */
  public List<UserRef> getCreators() {
    if (creators == null) {
      String me = model == null ? currentUsername() : model.createdBy();
      creators =
          organisation.creators().stream()
              .filter(user -> !Objects.equals(user.username(), me))
              .toList();
    }
    return creators;
  }

  private static String currentUsername() {
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public List<AttachmentResponse> getAttachments() {
    if (attachments == null) {
      attachments = model == null ? List.of() : attachmentService.attachments(model.id());
    }
    return attachments;
  }

  /**
   * The models active or listed on the same supervision point (saved content), for those the
   * service shows the comparison to (staff, leaders); empty for others, who are told at submission.
   */
  public List<ModelSummaryResponse> getSimilar() {
    if (similar == null) {
      similar = can("VIEW_SIMILAR") ? proposals.similarModels(model.id()) : List.of();
    }
    return similar;
  }

  /**
   * Whether the supervision point has reached the cap, so submitting needs an innovation statement:
   * seen in the comparison, or answered by the service when the user tried to submit.
   */
  public boolean isCapReached() {
    return capRefused || getSimilar().size() >= getHomogeneityCap();
  }

  public int getHomogeneityCap() {
    if (homogeneityCap == null) {
      // The point's own cap, set by an administrator, overrides the configured default.
      homogeneityCap =
          model == null
              ? settings().homogeneityCap()
              : organisation.supervisionPoints().stream()
                  .filter(point -> point.id() == model.supervisionPointId())
                  .map(SupervisionPointResponse::homogeneityCap)
                  .filter(Objects::nonNull)
                  .findFirst()
                  .orElse(settings().homogeneityCap());
    }
    return homogeneityCap;
  }

  public long getAttachmentMaxBytes() {
    if (attachmentMaxBytes == null) {
      attachmentMaxBytes = settings().attachmentMaxBytes();
    }
    return attachmentMaxBytes;
  }

  public long getAttachmentMaxMegabytes() {
    return getAttachmentMaxBytes() / (1024 * 1024);
  }

  private static LifecycleSettings settings() {
    return CDI.current().select(LifecycleSettings.class).get();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SupervisionModelResponse getModel() {
    return model;
  }

  public DraftForm getForm() {
    return form;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
