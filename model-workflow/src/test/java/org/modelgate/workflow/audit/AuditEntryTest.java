package org.modelgate.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  static final Instant AT = Instant.parse("2025-06-10T02:00:00Z");

  @Test
  void shouldHashAnEntryInOwnRightAsBeforeSubstitutesExisted() {
    AuditEntry entry =
        new AuditEntry(
            7,
            AT,
            AuditEntry.DONE,
            AuditRecord.onModel("leader", "RULING", 42, null, "GO", "go"),
            AuditChain.GENESIS);

    // the twelve fields hashed before the substitute's principal was added
    assertThat(entry.hash())
        .isEqualTo(
            AuditChain.sha256(
                AuditChain.encode(
                    7L,
                    AT,
                    "leader",
                    "RULING",
                    AuditEntry.DONE,
                    "SupervisionModel",
                    "42",
                    42L,
                    null,
                    "GO",
                    "go",
                    AuditChain.GENESIS)));
  }

  @Test
  void shouldCoverThePersonASubstituteActedFor() {
    AuditRecord own = AuditRecord.onModel("leader", "RULING", 42, null, "GO", "go");
    AuditEntry inOwnRight = new AuditEntry(7, AT, AuditEntry.DONE, own, AuditChain.GENESIS);
    AuditEntry forLeader2 =
        new AuditEntry(7, AT, AuditEntry.DONE, own.onBehalfOf("leader2"), AuditChain.GENESIS);
    AuditEntry forLeader3 =
        new AuditEntry(7, AT, AuditEntry.DONE, own.onBehalfOf("leader3"), AuditChain.GENESIS);

    assertThat(forLeader2.hash()).isNotEqualTo(inOwnRight.hash()).isNotEqualTo(forLeader3.hash());
    assertThat(forLeader2.toHistory("陈刚", "市院", "XC", null, "刘芳").onBehalfOfName()).isEqualTo("刘芳");
    assertThat(forLeader2.toHistory("陈刚", "市院", "XC", null, "刘芳").onBehalfOf())
        .isEqualTo("leader2");
    assertThat(own.onBehalfOf(null)).isEqualTo(own);
  }

  @Test
  void shouldKeepTheSystemLineAndThePrincipalApart() {
    AuditRecord line =
        AuditRecord.onModel("leader", "RULING", 42, null, "GO", null).saying("history.x", "n", 1);

    assertThat(line.onBehalfOf("leader2").saying("history.x", "n", 1).onBehalfOf())
        .isEqualTo("leader2");
    assertThat(
            new AuditEntry(7, AT, AuditEntry.DONE, line.onBehalfOf("leader2"), AuditChain.GENESIS)
                .hash())
        .isNotEqualTo(new AuditEntry(7, AT, AuditEntry.DONE, line, AuditChain.GENESIS).hash());
  }
}
