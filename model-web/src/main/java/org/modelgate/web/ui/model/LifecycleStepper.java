package org.modelgate.web.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.modelgate.api.proposal.Stage;

/**
 * The model page's stepper: the six phases of the lifecycle and how far a model has come. A model
 * that left the main path (returned, on hold, rejected, withdrawn, retired) shows the exit at the
 * phase it left from, which the page reads from the last stage change in its history.
 */
public final class LifecycleStepper {

  /** The phases of the main path, in order. */
  public enum Phase {
    PROPOSAL,
    SCREENING,
    FORUM,
    PILOT,
    EVALUATION,
    ADOPTION
  }

  /** How a phase stands for the model. */
  public enum State {
    DONE,
    CURRENT,
    EXITED,
    TODO
  }

  /** One phase of the stepper; {@code exit} is the exit stage taken at it, if any. */
  public record Step(Phase phase, State state, Stage exit) {}

  private LifecycleStepper() {}

  /** The phase a stage of the main path belongs to; null for an exit. */
  static Phase phaseOf(Stage stage) {
    return switch (stage) {
      case DRAFT -> Phase.PROPOSAL;
      case SCREENING -> Phase.SCREENING;
      case AWAITING_FORUM, FORUM_REVIEW -> Phase.FORUM;
      case PILOT_PLANNING, PILOT -> Phase.PILOT;
      case EVALUATION -> Phase.EVALUATION;
      case ADOPTION, ADOPTED -> Phase.ADOPTION;
      case REVISION, ON_HOLD, REJECTED, WITHDRAWN, RETIRED -> null;
    };
  }

  /** Whether the stage is an exit from the main path. */
  public static boolean isExit(Stage stage) {
    return phaseOf(stage) == null;
  }

  /**
   * The stepper for a model at {@code stage}; {@code exitedFrom} is the stage it was in before an
   * exit (null if unknown or not at an exit).
   */
  public static List<Step> steps(Stage stage, Stage exitedFrom) {
    Phase at = phaseOf(stage);
    State atState = State.CURRENT;
    Stage exit = null;
    if (at == null) {
      exit = stage;
      atState = State.EXITED;
      at = exitedFrom == null ? null : phaseOf(exitedFrom);
      if (at == null) {
        at = stage == Stage.RETIRED ? Phase.ADOPTION : Phase.PROPOSAL;
      }
    }
    List<Step> steps = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      int order = Integer.compare(phase.ordinal(), at.ordinal());
      if (order < 0 || (order == 0 && stage == Stage.ADOPTED)) {
        steps.add(new Step(phase, State.DONE, null));
      } else if (order == 0) {
        steps.add(new Step(phase, atState, exit));
      } else {
        steps.add(new Step(phase, State.TODO, null));
      }
    }
    return steps;
  }
}
