package org.modelgate.web.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.modelgate.api.proposal.Stage;
import org.modelgate.web.ui.model.LifecycleStepper.Phase;
import org.modelgate.web.ui.model.LifecycleStepper.State;
import org.modelgate.web.ui.model.LifecycleStepper.Step;

class LifecycleStepperTest {

  @Test
  void shouldMarkPhasesBeforeTheCurrentOneDone() {
    assertThat(LifecycleStepper.steps(Stage.FORUM_REVIEW, null))
        .extracting(Step::state)
        .containsExactly(State.DONE, State.DONE, State.CURRENT, State.TODO, State.TODO, State.TODO);
  }

  @Test
  void shouldMarkEveryPhaseDoneWhenAdopted() {
    assertThat(LifecycleStepper.steps(Stage.ADOPTED, null))
        .extracting(Step::state)
        .containsOnly(State.DONE);
  }

  @Test
  void shouldShowAnExitAtThePhaseItWasTakenFrom() {
    var steps = LifecycleStepper.steps(Stage.ON_HOLD, Stage.EVALUATION);

    assertThat(steps.get(Phase.EVALUATION.ordinal()))
        .isEqualTo(new Step(Phase.EVALUATION, State.EXITED, Stage.ON_HOLD));
    assertThat(steps.get(Phase.PILOT.ordinal()).state()).isEqualTo(State.DONE);
    assertThat(steps.get(Phase.ADOPTION.ordinal()).state()).isEqualTo(State.TODO);
  }

  @Test
  void shouldShowARevisionAtScreeningWhenReturnedThere() {
    var steps = LifecycleStepper.steps(Stage.REVISION, Stage.SCREENING);

    assertThat(steps)
        .filteredOn(step -> step.exit() != null)
        .containsExactly(new Step(Phase.SCREENING, State.EXITED, Stage.REVISION));
  }

  @Test
  void shouldPlaceAnExitOfUnknownOriginAtProposalOrRetiredAtAdoption() {
    assertThat(LifecycleStepper.steps(Stage.WITHDRAWN, null).get(0).state())
        .isEqualTo(State.EXITED);
    assertThat(LifecycleStepper.steps(Stage.RETIRED, null).get(5).exit()).isEqualTo(Stage.RETIRED);
  }
}
