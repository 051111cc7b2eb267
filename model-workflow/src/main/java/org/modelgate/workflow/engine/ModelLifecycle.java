package org.modelgate.workflow.engine;

import java.util.List;

/**
 * Every BPMN element id, message and variable name the Java code uses, so that none appears twice
 * as a string literal. The BPMN file is the source of truth; these constants must match it.
 */
public final class ModelLifecycle {

  /** The process definition key of {@code processes/model-lifecycle.bpmn}. */
  public static final String PROCESS_KEY = "ModelLifecycle";

  /** The classpath resources deployed at start-up. */
  public static final List<String> RESOURCES = List.of("processes/model-lifecycle.bpmn");

  public static final String START_PROPOSAL_SUBMITTED = "StartEvent_ProposalSubmitted";
  public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";

  /** Process variable: the id of the supervision model (also the business key). */
  public static final String VAR_MODEL_ID = "modelId";

  private ModelLifecycle() {}
}
