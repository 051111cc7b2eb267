package org.modelgate.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

  @Test
  void shouldAcceptOneToTwoHundredVisibleAsciiCharacters() {
    assertThat(IdempotencyFilter.validKey("a")).isTrue();
    assertThat(IdempotencyFilter.validKey("8e0f4c1a-2b7d-4f0e-9c3b-1d2e3f4a5b6c")).isTrue();
    assertThat(IdempotencyFilter.validKey("k".repeat(200))).isTrue();
  }

  @Test
  void shouldRefuseEmptyLongSpacedOrNonAsciiKeys() {
    assertThat(IdempotencyFilter.validKey("")).isFalse();
    assertThat(IdempotencyFilter.validKey("k".repeat(201))).isFalse();
    assertThat(IdempotencyFilter.validKey("two words")).isFalse();
    assertThat(IdempotencyFilter.validKey("密钥")).isFalse();
  }
}
