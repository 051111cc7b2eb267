package org.modelgate.workflow.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelgate.workflow.engine.ModelLifecycle.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pilot evaluation table on the plain DMN engine, one test per rule row and the boundaries,
 * then a sweep that checks the table against the rules as DESIGN §4 and the issue state them.
 */
class PilotEvaluationDecisionTest {

  static final BigDecimal MIN_VALID_RATE = new BigDecimal("0.6");
  static final long MIN_CASES_FORMED = 3;
  static final long N = 20;

  /** The rule rows' ids, top down. */
  static final String HOLD_CLEARLY_UNSATISFACTORY = "Rule_HoldClearlyUnsatisfactory";

  static final String ADOPT_TARGETS_MET = "Rule_AdoptTargetsMet";
  static final String EXTEND_TOO_LITTLE_DATA = "Rule_ExtendTooLittleData";
  static final String EXTEND_NO_CASES_YET = "Rule_ExtendNoCasesYet";
  static final String RECYCLE_BELOW_TARGET = "Rule_RecycleBelowTarget";
  static final String EXTEND_RUNNING_BELOW_TARGET = "Rule_ExtendRunningBelowTarget";
  static final String EXTEND_PILOT_RUNNING = "Rule_ExtendPilotRunning";

  /** The rule ids each evaluation matched, recorded by a listener on the engine. */
  static final List<List<String>> MATCHED = new ArrayList<>();

  static final DmnEngine DMN_ENGINE = dmnEngine();
  static final DmnDecision DECISION = parse();

  record Evaluation(String recommendation, String reason, List<String> matchedRules) {}

  static DmnEngine dmnEngine() {
    DefaultDmnEngineConfiguration config =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    config.customPostDecisionTableEvaluationListeners(
        List.of(
            event ->
                MATCHED.add(
                    ((DmnDecisionTableEvaluationEvent) event)
                        .getMatchingRules().stream()
                            .map(DmnEvaluatedDecisionRule::getId)
                            .toList())));
    return config.buildEngine();
  }

  static DmnDecision parse() {
    try (InputStream dmn =
        PilotEvaluationDecisionTest.class
            .getClassLoader()
            .getResourceAsStream(RESOURCE_PILOT_EVALUATION)) {
      return DMN_ENGINE.parseDecision(DECISION_PILOT_EVALUATION, dmn);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Map<String, Object> variables(
      boolean pilotEnded, long verified, Number validRate, long casesFormed) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DMN_PILOT_ENDED, pilotEnded);
    variables.put(DMN_CLUES, verified + 5);
    variables.put(DMN_VERIFIED, verified);
    variables.put(DMN_VALID_RATE, validRate);
    variables.put(DMN_CASES_FORMED, casesFormed);
    variables.put(DMN_MIN_VALID_RATE, MIN_VALID_RATE);
    variables.put(DMN_MIN_CASES_FORMED, MIN_CASES_FORMED);
    variables.put(DMN_MIN_CLUES_FOR_JUDGEMENT, N);
    return variables;
  }

  static Evaluation evaluate(
      boolean pilotEnded, long verified, String validRate, long casesFormed) {
    return evaluate(variables(pilotEnded, verified, new BigDecimal(validRate), casesFormed));
  }

  static Evaluation evaluate(Map<String, Object> variables) {
    MATCHED.clear();
    var result = DMN_ENGINE.evaluateDecisionTable(DECISION, variables).getSingleResult();
    return new Evaluation(
        result.getEntry(DMN_RECOMMENDATION), result.getEntry(DMN_REASON), MATCHED.getFirst());
  }

  static void assertRecommends(Evaluation evaluation, String recommendation, String rule) {
    assertThat(evaluation.recommendation()).isEqualTo(recommendation);
    assertThat(evaluation.matchedRules()).containsExactly(rule);
    assertThat(evaluation.reason()).isNotBlank().containsPattern("\\p{IsHan}{4,}");
  }

  @BeforeEach
  void clearMatches() {
    MATCHED.clear();
  }

  // One test per row

  @Test
  void shouldHoldWhenValidRateUnderHalfTheTargetAfterNVerifiedClues() {
    Evaluation running = evaluate(false, 25, "0.2", 0);
    Evaluation ended = evaluate(true, 25, "0.2", 5);

    assertRecommends(running, "HOLD", HOLD_CLEARLY_UNSATISFACTORY);
    assertRecommends(ended, "HOLD", HOLD_CLEARLY_UNSATISFACTORY);
    assertThat(running.reason()).contains("审慎使用");
  }

  @Test
  void shouldAdoptWhenPilotEndedWithTargetsMet() {
    assertRecommends(evaluate(true, 40, "0.75", 6), "ADOPT", ADOPT_TARGETS_MET);
  }

  @Test
  void shouldAdoptAfterAnEarlyEndWithTargetsMetAlthoughThePlannedEndIsAhead() {
    java.time.Instant now = java.time.Instant.parse("2026-05-10T02:00:00Z");
    java.time.Instant plannedEnd = java.time.Instant.parse("2026-07-01T00:00:00Z");
    boolean ended =
        org.modelgate.workflow.clue.CollectFunnelDelegate.pilotEnded(
            java.util.Date.from(now), plannedEnd, now);

    Evaluation evaluation = evaluate(ended, 40, "0.75", 6);

    assertRecommends(evaluation, "ADOPT", ADOPT_TARGETS_MET);
    assertThat(evaluation.reason()).doesNotContain("尚未结束");
    assertThat(org.modelgate.workflow.clue.CollectFunnelDelegate.pilotEnded(null, plannedEnd, now))
        .as("without an early end the planned end decides")
        .isFalse();
    assertThat(
            org.modelgate.workflow.clue.CollectFunnelDelegate.pilotEnded(
                null, plannedEnd, plannedEnd))
        .isTrue();
  }

  @Test
  void shouldExtendWhenPilotEndedWithTooFewVerifiedClues() {
    // a valid rate of 0 means nothing yet, not a bad model
    assertRecommends(evaluate(true, 5, "0", 0), "EXTEND", EXTEND_TOO_LITTLE_DATA);
  }

  @Test
  void shouldExtendWhenPilotEndedWithValidCluesButTooFewCases() {
    assertRecommends(evaluate(true, 40, "0.8", 1), "EXTEND", EXTEND_NO_CASES_YET);
  }

  @Test
  void shouldRecycleWhenPilotEndedBelowTargetValidRate() {
    assertRecommends(evaluate(true, 40, "0.45", 10), "RECYCLE", RECYCLE_BELOW_TARGET);
  }

  @Test
  void shouldExtendAndWatchWhenRunningPilotIsBelowTargetButNotClearlyUnsatisfactory() {
    Evaluation evaluation = evaluate(false, 40, "0.45", 0);

    assertRecommends(evaluation, "EXTEND", EXTEND_RUNNING_BELOW_TARGET);
    assertThat(evaluation.reason()).startsWith("试点尚未结束");
  }

  @Test
  void shouldExtendWhilePilotRunsWithoutAlarm() {
    Evaluation evaluation = evaluate(false, 40, "0.9", 10);

    assertRecommends(evaluation, "EXTEND", EXTEND_PILOT_RUNNING);
    assertThat(evaluation.reason()).isEqualTo("试点尚未结束");
  }

  // Boundaries

  @Test
  void shouldJudgeTheValidRateFromExactlyNVerifiedClues() {
    assertRecommends(evaluate(false, N, "0.1", 0), "HOLD", HOLD_CLEARLY_UNSATISFACTORY);
    assertRecommends(evaluate(false, N - 1, "0", 0), "EXTEND", EXTEND_PILOT_RUNNING);
    assertRecommends(evaluate(true, N - 1, "0", 0), "EXTEND", EXTEND_TOO_LITTLE_DATA);
  }

  @Test
  void shouldNotHoldAtExactlyHalfTheTargetRate() {
    assertRecommends(evaluate(true, 40, "0.3", 5), "RECYCLE", RECYCLE_BELOW_TARGET);
    assertRecommends(evaluate(false, 40, "0.3", 5), "EXTEND", EXTEND_RUNNING_BELOW_TARGET);
    assertRecommends(evaluate(true, 40, "0.2999", 5), "HOLD", HOLD_CLEARLY_UNSATISFACTORY);
  }

  @Test
  void shouldAdoptAtExactlyTheTargetRateAndCaseCount() {
    assertRecommends(evaluate(true, N, "0.6", MIN_CASES_FORMED), "ADOPT", ADOPT_TARGETS_MET);
    assertRecommends(evaluate(true, N, "0.6", MIN_CASES_FORMED - 1), "EXTEND", EXTEND_NO_CASES_YET);
    assertRecommends(
        evaluate(true, N, "0.5999", MIN_CASES_FORMED), "RECYCLE", RECYCLE_BELOW_TARGET);
  }

  @Test
  void shouldTreatADoubleRateLikeTheDecimalThreshold() {
    // 12/20 computed in floating point meets a 0.6 threshold given as BigDecimal
    Evaluation evaluation = evaluate(variables(true, 20, 12 / 20.0, MIN_CASES_FORMED));

    assertRecommends(evaluation, "ADOPT", ADOPT_TARGETS_MET);
  }

  @Test
  void shouldExtendAPilotWithNothingVerifiedYet() {
    assertRecommends(evaluate(false, 0, "0", 0), "EXTEND", EXTEND_PILOT_RUNNING);
  }

  // The whole table against the rules as written

  /** The rules in the words of the issue, top down; returns the expected row. */
  static String expectedRule(boolean ended, long verified, BigDecimal rate, long cases) {
    boolean judgeable = verified >= N;
    boolean meetsRate = rate.compareTo(MIN_VALID_RATE) >= 0;
    boolean underHalf = rate.multiply(BigDecimal.TWO).compareTo(MIN_VALID_RATE) < 0;
    boolean meetsCases = cases >= MIN_CASES_FORMED;
    if (judgeable && underHalf) {
      return HOLD_CLEARLY_UNSATISFACTORY;
    }
    if (ended && !judgeable) {
      return EXTEND_TOO_LITTLE_DATA;
    }
    if (ended) {
      return meetsRate
          ? meetsCases ? ADOPT_TARGETS_MET : EXTEND_NO_CASES_YET
          : RECYCLE_BELOW_TARGET;
    }
    return judgeable && !meetsRate ? EXTEND_RUNNING_BELOW_TARGET : EXTEND_PILOT_RUNNING;
  }

  @Test
  void shouldHitExactlyTheExpectedRowForEveryCombinationAroundTheThresholds() {
    // each value sits on or next to a threshold; the FEEL engine takes ~10 ms an evaluation
    List<String> rates = List.of("0", "0.2999", "0.3", "0.5999", "0.6", "1");
    int evaluated = 0;
    for (boolean ended : new boolean[] {false, true}) {
      for (long verified : new long[] {0, N - 1, N, 500}) {
        for (String rate : rates) {
          for (long cases : new long[] {MIN_CASES_FORMED - 1, MIN_CASES_FORMED}) {
            Evaluation evaluation = evaluate(ended, verified, rate, cases);
            String expected = expectedRule(ended, verified, new BigDecimal(rate), cases);
            assertThat(evaluation.matchedRules())
                .as("ended=%s verified=%d rate=%s cases=%d", ended, verified, rate, cases)
                .containsExactly(expected);
            assertThat(evaluation.recommendation()).isIn("ADOPT", "EXTEND", "HOLD", "RECYCLE");
            assertThat(evaluation.reason()).isNotBlank();
            evaluated++;
          }
        }
      }
    }
    assertThat(evaluated).isEqualTo(2 * 4 * 6 * 2);
  }

  @Test
  void shouldRecommendHoldOrAskForADecisionWheneverTheHoldRuleTrips() {
    // HoldRule triggers the early decision; the table never recommends ADOPT in that state
    // of 40 verified: 11 and 12 are around half the target rate, 23 and 24 around the target
    for (long valid : new long[] {0, 11, 12, 13, 23, 24, 25, 40}) {
      BigDecimal rate = BigDecimal.valueOf(valid).divide(BigDecimal.valueOf(40));
      for (boolean ended : new boolean[] {false, true}) {
        Evaluation evaluation = evaluate(ended, 40, rate.toPlainString(), 100);
        if (HoldRule.trips(40, valid, N, MIN_VALID_RATE)) {
          assertThat(evaluation.recommendation()).isIn("HOLD", "EXTEND", "RECYCLE");
        } else if (ended) {
          assertThat(evaluation.recommendation()).isEqualTo("ADOPT");
        }
      }
    }
  }
}
