package org.modelgate.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditChainTest {

  @Test
  void shouldEncodeFieldsUnambiguously() {
    assertThat(AuditChain.encode("ab", "c")).isNotEqualTo(AuditChain.encode("a", "bc"));
    assertThat(AuditChain.encode("a|1:b")).isNotEqualTo(AuditChain.encode("a", "b"));
    assertThat(AuditChain.encode((Object) null)).isNotEqualTo(AuditChain.encode(""));
    assertThat(AuditChain.encode("审计", 3L)).isEqualTo("2:审计|1:3|");
  }

  @Test
  void shouldHashDeterministicallyAndSensitively() {
    String hash = AuditChain.sha256(AuditChain.encode("x", "y"));

    assertThat(hash).hasSize(64).isEqualTo(AuditChain.sha256(AuditChain.encode("x", "y")));
    assertThat(hash).isNotEqualTo(AuditChain.sha256(AuditChain.encode("x", "z")));
    assertThat(AuditChain.GENESIS).hasSize(64).matches("0+");
  }
}
