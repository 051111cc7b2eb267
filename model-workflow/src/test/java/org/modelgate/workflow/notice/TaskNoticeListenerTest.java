package org.modelgate.workflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelgate.api.security.Role;

/** Who is told of a new task. */
class TaskNoticeListenerTest {

  @Test
  void shouldTellTheAssigneeByName() {
    assertThat(TaskNoticeListener.recipients("leader-wang", List.of(), null))
        .containsExactly(Recipient.user("leader-wang"));
  }

  @Test
  void shouldTellTheDigitalOfficeOfCityStaffWork() {
    assertThat(TaskNoticeListener.recipients(null, List.of("staff"), null))
        .containsExactly(Recipient.digitalOffice());
  }

  @Test
  void shouldTellTheUnitsStaffOfItsAdoptionTask() {
    assertThat(TaskNoticeListener.recipients(null, List.of("staff"), 7L))
        .containsExactly(Recipient.group(Role.STAFF, 7L));
  }

  @Test
  void shouldTellEveryLeaderOfThePilotDecision() {
    assertThat(TaskNoticeListener.recipients(null, List.of("leader"), null))
        .containsExactly(Recipient.group(Role.LEADER, null));
  }
}
