package org.modelgate.workflow.model;

import java.util.List;
import java.util.Map;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;

/**
 * The order of the model list: a whitelist from the names a client may send ({@code title}, {@code
 * -updatedAt}) to the JPQL paths of {@link SupervisionModel}, so nothing a client sends reaches the
 * query text. Ties are broken by id, so paging is stable.
 */
final class ModelSort {

  static final String DEFAULT = "order by m.updatedAt desc, m.id desc";

  private static final Map<String, String> COLUMNS =
      Map.of(
          "title", "m.title",
          "stage", "m.stage",
          "businessLine", "m.businessLine",
          "supervisionPoint", "m.supervisionPoint.name",
          "unit", "m.owningUnit.name",
          "createdBy", "m.createdBy.username",
          "version", "m.modelVersion",
          "updatedAt", "m.updatedAt");

  private ModelSort() {}

  /** The order-by clause for {@code sort}; the newest first when it is null or blank. */
  static String orderBy(String sort) {
    if (sort == null || sort.isBlank()) {
      return DEFAULT;
    }
    boolean descending = sort.startsWith("-");
    String name = descending ? sort.substring(1) : sort;
    String path = COLUMNS.get(name);
    if (path == null) {
      List<String> sortable = COLUMNS.keySet().stream().sorted().toList();
      throw new InvalidInputException(
          List.of(
              new FieldViolation(
                  "sort",
                  "Sortable",
                  null,
                  "model.unknown-sort",
                  sortable,
                  Map.of("sort", sort, "allowed", sortable))));
    }
    String direction = descending ? " desc" : " asc";
    return "order by " + path + direction + ", m.id" + direction;
  }
}
