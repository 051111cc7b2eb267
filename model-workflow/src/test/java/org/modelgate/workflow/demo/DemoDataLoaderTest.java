package org.modelgate.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modelgate.api.security.Role;

/** The shipped demo users: one per role at least, the invited expert for a year only. */
class DemoDataLoaderTest {

  @Test
  void shouldShipADemoUserForEveryRoleWithAChineseName() {
    var users = DemoDataLoader.users();

    assertThat(users).hasSize(9);
    assertThat(users.stream().map(DemoDataLoader.UserSeed::role).collect(Collectors.toSet()))
        .isEqualTo(Set.copyOf(Arrays.asList(Role.values())));
    assertThat(users.getFirst())
        .isEqualTo(new DemoDataLoader.UserSeed("admin", "王立（系统管理员）", "XC-DPO", Role.ADMIN, null));
    assertThat(users.getLast().validFor()).isEqualTo(Duration.ofDays(365));
  }
}
