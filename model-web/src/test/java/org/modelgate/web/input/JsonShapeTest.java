package org.modelgate.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelgate.api.clue.ClueChangeRequest;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.pilot.PilotPlanRequest;
import org.modelgate.api.proposal.DraftRequest;

class JsonShapeTest {

  static List<FieldViolation> check(String json, Class<?> type) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return JsonShape.check(value, type);
  }

  @Test
  void shouldRefuseNumbersThatWrapOrLoseTheirFraction() {
    assertThat(check("{\"supervisionPointId\":18446744073709551617}", DraftRequest.class))
        .extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::code)
        .containsExactly(tuple("supervisionPointId", "overflow", "input.overflow"));
    assertThat(check("{\"supervisionPointId\":1.5}", DraftRequest.class))
        .extracting(FieldViolation::rule)
        .containsExactly("fraction");
    assertThat(check("{\"supervisionPointId\":1e2}", DraftRequest.class))
        .extracting(FieldViolation::rule)
        .containsExactly("fraction");
    assertThat(check("{\"coCreatorIds\":[1, 2.5]}", DraftRequest.class))
        .extracting(FieldViolation::field)
        .containsExactly("coCreatorIds[1]");
  }

  @Test
  void shouldRefuseControlAndBidiCharactersAndUnpairedSurrogates() {
    assertThat(check("{\"title\":\"a\\u0000b\"}", DraftRequest.class))
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(tuple("title", "control-character"));
    assertThat(check("{\"title\":\"a\\nb\"}", DraftRequest.class))
        .extracting(FieldViolation::rule)
        .containsExactly("control-character");
    assertThat(check("{\"problemStatement\":\"a\\r\\n\\tb\"}", DraftRequest.class)).isEmpty();
    assertThat(check("{\"problemStatement\":\"a\\u0085b\"}", DraftRequest.class))
        .extracting(FieldViolation::rule)
        .containsExactly("control-character");
    assertThat(check("{\"title\":\"abc\\u202Etxt.exe\"}", DraftRequest.class))
        .extracting(FieldViolation::rule)
        .containsExactly("bidi-control");
    assertThat(check("{\"title\":\"a\\ud800b\"}", DraftRequest.class))
        .extracting(FieldViolation::rule)
        .containsExactly("unpaired-surrogate");
    assertThat(check("{\"title\":\"模型 \\ud83d\\ude00\"}", DraftRequest.class)).isEmpty();
  }

  @Test
  void shouldNameTheEnumValuesAndTheFieldPathOfNestedRecords() {
    List<FieldViolation> status = check("{\"status\":\"SOLVED\"}", ClueChangeRequest.class);
    assertThat(status).extracting(FieldViolation::field).containsExactly("status");
    assertThat(status.get(0).allowed()).contains("NEW", "VERIFIED_INVALID");

    assertThat(
            check(
                "{\"units\":[{\"unitId\":1},{\"unitId\":\"x\",\"baselineCases\":[1]}],"
                    + "\"startDate\":\"明天\",\"extra\":1}",
                PilotPlanRequest.class))
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(
            tuple("units[1].unitId", "type"),
            tuple("units[1].baselineCases", "type"),
            tuple("startDate", "type"),
            tuple("extra", "unknown-field"));
    assertThat(check("[1,2]", DraftRequest.class))
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(tuple("body", "type"));
  }
}
