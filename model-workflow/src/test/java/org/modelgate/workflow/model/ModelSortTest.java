package org.modelgate.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.proposal.ModelQuery;

class ModelSortTest {

  @Test
  void shouldListNewestFirstWithoutASort() {
    assertThat(ModelSort.orderBy(null)).isEqualTo("order by m.updatedAt desc, m.id desc");
    assertThat(ModelSort.orderBy(" ")).isEqualTo(ModelSort.DEFAULT);
  }

  @Test
  void shouldSortByAWhitelistedColumnWithTheIdAsTieBreaker() {
    assertThat(ModelSort.orderBy("title")).isEqualTo("order by m.title asc, m.id asc");
    assertThat(ModelSort.orderBy("-unit")).isEqualTo("order by m.owningUnit.name desc, m.id desc");
    assertThat(ModelSort.orderBy("version")).isEqualTo("order by m.modelVersion asc, m.id asc");
  }

  @Test
  void shouldRefuseAColumnOffTheWhitelistNamingIt() {
    assertThatThrownBy(() -> ModelSort.orderBy("title; drop table mg_user"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              FieldViolation violation = e.violations().getFirst();
              assertThat(violation.field()).isEqualTo("sort");
              assertThat(violation.code()).isEqualTo("model.unknown-sort");
              assertThat(violation.args()).containsEntry("sort", "title; drop table mg_user");
              assertThat(violation.allowed())
                  .contains("title", "unit")
                  .doesNotContain("problemStatement");
            });
    assertThatThrownBy(() -> ModelSort.orderBy("problemStatement"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldAcceptInTheQueryExactlyTheColumnsTheRepositoryCanSortBy() {
    for (String sort :
        new String[] {
          "title",
          "-stage",
          "businessLine",
          "supervisionPoint",
          "-unit",
          "createdBy",
          "version",
          "-updatedAt"
        }) {
      assertThat(Pattern.matches(ModelQuery.SORTABLE, sort)).as(sort).isTrue();
      assertThat(ModelSort.orderBy(sort)).startsWith("order by m.");
    }
    assertThat(Pattern.matches(ModelQuery.SORTABLE, "rowVersion")).isFalse();
    assertThat(Pattern.matches(ModelQuery.SORTABLE, "--title")).isFalse();
  }
}
