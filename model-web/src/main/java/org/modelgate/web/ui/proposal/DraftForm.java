package org.modelgate.web.ui.proposal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.proposal.DraftRequest;
import org.modelgate.api.proposal.SupervisionModelResponse;

/** What the proposal form edits: the fields of a {@link DraftRequest}, as typed. */
public class DraftForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private Long supervisionPointId;
  private String problemStatement;
  private String dataSources;
  private String ruleDescription;
  private String expectedEffect;
  private String difficulties;
  private String innovationStatement;
  private List<Long> coCreatorIds = new ArrayList<>();

  /** The form filled with a saved model's content. */
  static DraftForm of(SupervisionModelResponse model) {
    DraftForm form = new DraftForm();
    form.title = model.title();
    form.supervisionPointId = model.supervisionPointId();
    form.problemStatement = model.problemStatement();
    form.dataSources = model.dataSources();
    form.ruleDescription = model.ruleDescription();
    form.expectedEffect = model.expectedEffect();
    form.difficulties = model.difficulties();
    form.innovationStatement = model.innovationStatement();
    form.coCreatorIds = new ArrayList<>(model.coCreators().stream().map(UserRef::id).toList());
    return form;
  }

  DraftRequest toRequest() {
    return new DraftRequest(
        title,
        supervisionPointId,
        problemStatement,
        dataSources,
        ruleDescription,
        expectedEffect,
        difficulties,
        innovationStatement,
        coCreatorIds == null ? List.of() : List.copyOf(coCreatorIds));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getSupervisionPointId() {
    return supervisionPointId;
  }

  public void setSupervisionPointId(Long supervisionPointId) {
    this.supervisionPointId = supervisionPointId;
  }

  public String getProblemStatement() {
    return problemStatement;
  }

  public void setProblemStatement(String problemStatement) {
    this.problemStatement = problemStatement;
  }

  public String getDataSources() {
    return dataSources;
  }

  public void setDataSources(String dataSources) {
    this.dataSources = dataSources;
  }

  public String getRuleDescription() {
    return ruleDescription;
  }

  public void setRuleDescription(String ruleDescription) {
    this.ruleDescription = ruleDescription;
  }

  public String getExpectedEffect() {
    return expectedEffect;
  }

  public void setExpectedEffect(String expectedEffect) {
    this.expectedEffect = expectedEffect;
  }

  public String getDifficulties() {
    return difficulties;
  }

  public void setDifficulties(String difficulties) {
    this.difficulties = difficulties;
  }

  public String getInnovationStatement() {
    return innovationStatement;
  }

  public void setInnovationStatement(String innovationStatement) {
    this.innovationStatement = innovationStatement;
  }

  public List<Long> getCoCreatorIds() {
    return coCreatorIds;
  }

  public void setCoCreatorIds(List<Long> coCreatorIds) {
    this.coCreatorIds = coCreatorIds;
  }
}
