package org.modelgate.workflow.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.modelgate.api.administration.ReferenceImportResponse;
import org.modelgate.api.common.Labels;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.csv.CsvCells;
import org.modelgate.workflow.csv.CsvProblem;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.Unit;

/**
 * Imports the organisation's units and the supervision-point taxonomy from CSV, all or nothing: the
 * whole file is checked first and every problem is named as data ({@link CsvProblem}: line, column,
 * rule, code and arguments); only a clean file writes anything. A code that exists is updated
 * (names, kind, parent, business line, cap), a new one created, so that importing the same file
 * twice changes nothing. The shipped files ({@code reference/*.csv}, the Xuancheng procuratorate)
 * are independent of the demo users.
 */
@ApplicationScoped
public class ReferenceDataImport {

  public static final String SHIPPED_UNITS = "reference/units.csv";
  public static final String SHIPPED_POINTS = "reference/supervision-points.csv";

  static final List<String> UNIT_COLUMNS = List.of("code", "name", "name_en", "kind");
  static final List<String> UNIT_OPTIONAL = List.of("parent_code", "city_wide");
  static final List<String> POINT_COLUMNS = List.of("code", "name", "name_en", "business_line");
  static final List<String> POINT_OPTIONAL = List.of("homogeneity_cap");

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");
  static final int MAX_CAP = 1000;

  @Inject OrganisationRepository repository;
  @Inject AuditTrail audit;

  /** Whether the database has no unit yet: a new installation. */
  @Transactional
  public boolean organisationEmpty() {
    return repository.units().isEmpty();
  }

  /** Imports the shipped units and supervision points. */
  @Transactional
  public void importShipped(String actor) {
    importUnits(shipped(SHIPPED_UNITS), actor);
    importSupervisionPoints(shipped(SHIPPED_POINTS), actor);
  }

  private static byte[] shipped(String resource) {
    try (InputStream in =
        ReferenceDataImport.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("reference data " + resource + " missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record UnitRow(
      int line,
      String code,
      String name,
      String nameEn,
      UnitKind kind,
      String parent,
      boolean cityWide) {}

  @Transactional
  public ReferenceImportResponse importUnits(byte[] csv, String actor) {
    List<CsvProblem> problems = new ArrayList<>();
    List<ReferenceCsv.Row> rows = ReferenceCsv.read(csv, UNIT_COLUMNS, UNIT_OPTIONAL, problems);
    Map<String, Unit> existing = new HashMap<>();
    repository.units().forEach(unit -> existing.put(unit.getCode(), unit));
    Map<Long, String> codesById = new HashMap<>();
    existing.values().forEach(unit -> codesById.put(unit.getId(), unit.getCode()));
    Map<String, Integer> firstLine = new HashMap<>();
    List<UnitRow> parsed = new ArrayList<>();
    for (ReferenceCsv.Row row : rows) {
      int errors = problems.size();
      String code = code(row, firstLine, problems);
      String name = text(row, "name", 100, problems);
      String nameEn = text(row, "name_en", 100, problems);
      UnitKind kind = oneOf(row, "kind", UnitKind.class, problems).orElse(null);
      String parent = row.get("parent_code");
      boolean cityWide = bool(row, "city_wide", problems);
      if (problems.size() == errors) {
        parsed.add(new UnitRow(row.line(), code, name, nameEn, kind, parent, cityWide));
      }
    }
    // Parents: named in the file or already in the database; no unit above itself.
    Map<String, String> parentOf = new HashMap<>();
    existing
        .values()
        .forEach(
            unit ->
                parentOf.put(
                    unit.getCode(),
                    unit.getParentId() == null ? null : codesById.get(unit.getParentId())));
    parsed.forEach(row -> parentOf.put(row.code(), row.parent().isEmpty() ? null : row.parent()));
    for (UnitRow row : parsed) {
      if (row.parent().isEmpty()) {
        continue;
      }
      if (!parentOf.containsKey(row.parent())) {
        problems.add(
            CsvProblem.of(
                row.line(),
                "parent_code",
                "UnknownParent",
                "reference.unknown-parent",
                "parent",
                row.parent()));
      } else if (climbsToItself(row.code(), parentOf)) {
        problems.add(
            CsvProblem.of(
                row.line(),
                "parent_code",
                "Cycle",
                "reference.parent-cycle",
                "parent",
                row.parent()));
      }
    }
    refuseIfAny(problems);
    // Parents first: by the number of units above each.
    List<UnitRow> ordered = new ArrayList<>(parsed);
    ordered.sort(Comparator.comparingInt(row -> depth(row.code(), parentOf)));
    int created = 0;
    int updated = 0;
    Map<String, Unit> units = new HashMap<>(existing);
    for (UnitRow row : ordered) {
      Long parentId = row.parent().isEmpty() ? null : units.get(row.parent()).getId();
      Unit unit = units.get(row.code());
      if (unit == null) {
        unit =
            repository.add(
                new Unit(
                    row.code(), row.name(), row.nameEn(), row.kind(), parentId, row.cityWide()));
        units.put(row.code(), unit);
        // parent_id is a plain column: JPA does not know to insert a parent before its children
        repository.flush();
        created++;
      } else {
        unit.change(row.name(), row.nameEn(), row.kind(), parentId, row.cityWide());
        updated++;
      }
    }
    repository.flush();
    audit.record(
        new AuditRecord(
            actor,
            "REFERENCE_UNITS_IMPORTED",
            "Unit",
            "*",
            null,
            null,
            counts(created, updated),
            String.join(",", parsed.stream().map(UnitRow::code).toList())));
    return new ReferenceImportResponse(created, updated);
  }

  private static String counts(int created, int updated) {
    return "created=" + created + "; updated=" + updated;
  }

  private static void refuseIfAny(List<CsvProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(CsvProblem.toViolations(problems));
    }
  }

  private static int depth(String code, Map<String, String> parentOf) {
    int depth = 0;
    for (String parent = parentOf.get(code); parent != null; parent = parentOf.get(parent)) {
      depth++;
    }
    return depth;
  }

  private static boolean climbsToItself(String code, Map<String, String> parentOf) {
    Set<String> seen = new HashSet<>();
    String current = parentOf.get(code);
    while (current != null && seen.add(current)) {
      if (current.equals(code)) {
        return true;
      }
      current = parentOf.get(current);
    }
    return current != null;
  }

  @Transactional
  public ReferenceImportResponse importSupervisionPoints(byte[] csv, String actor) {
    List<CsvProblem> problems = new ArrayList<>();
    List<ReferenceCsv.Row> rows = ReferenceCsv.read(csv, POINT_COLUMNS, POINT_OPTIONAL, problems);
    Map<String, Integer> firstLine = new HashMap<>();
    record PointRow(String code, String name, String nameEn, BusinessLine line, Integer cap) {}
    List<PointRow> parsed = new ArrayList<>();
    for (ReferenceCsv.Row row : rows) {
      int errors = problems.size();
      String code = code(row, firstLine, problems);
      String name = text(row, "name", 200, problems);
      String nameEn = text(row, "name_en", 200, problems);
      BusinessLine line = businessLine(row, problems);
      Integer cap = cap(row, problems);
      if (problems.size() == errors) {
        parsed.add(new PointRow(code, name, nameEn, line, cap));
      }
    }
    refuseIfAny(problems);
    int created = 0;
    int updated = 0;
    for (PointRow row : parsed) {
      Optional<SupervisionPoint> point = repository.findSupervisionPoint(row.code());
      if (point.isPresent()) {
        point.get().change(row.name(), row.nameEn(), row.line(), row.cap());
        updated++;
      } else {
        repository.add(
            new SupervisionPoint(row.code(), row.name(), row.nameEn(), row.line(), row.cap()));
        created++;
      }
    }
    repository.flush();
    audit.record(
        new AuditRecord(
            actor,
            "REFERENCE_POINTS_IMPORTED",
            "SupervisionPoint",
            "*",
            null,
            null,
            counts(created, updated),
            String.join(",", parsed.stream().map(PointRow::code).toList())));
    return new ReferenceImportResponse(created, updated);
  }

  private static String code(
      ReferenceCsv.Row row, Map<String, Integer> firstLine, List<CsvProblem> problems) {
    String code = row.get("code");
    if (code.isEmpty()) {
      problems.add(required(row, "code"));
    } else if (code.length() > 32) {
      problems.add(tooLong(row, "code", 32));
    } else if (!CODE.matcher(code).matches()) {
      problems.add(
          CsvProblem.of(row.line(), "code", "Pattern", "reference.code-pattern", "value", code));
    } else {
      Integer first = firstLine.putIfAbsent(code, row.line());
      if (first != null) {
        problems.add(
            CsvProblem.of(
                row.line(),
                "code",
                "Duplicate",
                "reference.duplicate-code",
                "value",
                code,
                "firstLine",
                first));
      }
    }
    return code;
  }

  /** A name: present, within {@code max} characters, and free of control characters. */
  private static String text(
      ReferenceCsv.Row row, String column, int max, List<CsvProblem> problems) {
    String value = row.get(column);
    int control = CsvCells.controlCharacter(value, false);
    if (value.isEmpty()) {
      problems.add(required(row, column));
    } else if (value.length() > max) {
      problems.add(tooLong(row, column, max));
    } else if (control >= 0) {
      problems.add(
          CsvProblem.of(
              row.line(),
              column,
              "ControlCharacter",
              "csv.control-character",
              "column",
              column,
              "character",
              String.format(Locale.ROOT, "U+%04X", (int) value.charAt(control)),
              "position",
              control + 1));
    }
    return value;
  }

  private static CsvProblem required(ReferenceCsv.Row row, String column) {
    return CsvProblem.of(row.line(), column, "Required", "csv.required", "column", column);
  }

  private static CsvProblem tooLong(ReferenceCsv.Row row, String column, int max) {
    return CsvProblem.of(
        row.line(), column, "MaxLength", "csv.max-length", "column", column, "max", max);
  }

  private static <E extends Enum<E>> Optional<E> oneOf(
      ReferenceCsv.Row row, String column, Class<E> type, List<CsvProblem> problems) {
    String value = row.get(column);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return Optional.of(constant);
      }
    }
    problems.add(
        value.isEmpty()
            ? required(row, column)
            : unknown(row, column, "Unknown", value, type.getEnumConstants()));
    return Optional.empty();
  }

  private static CsvProblem unknown(
      ReferenceCsv.Row row, String column, String rule, String value, Enum<?>[] allowed) {
    List<String> names = Arrays.stream(allowed).map(Enum::name).toList();
    return CsvProblem.of(
            row.line(),
            column,
            rule,
            "reference.unknown-value",
            "column",
            column,
            "value",
            value,
            "allowed",
            names)
        .allowing(names);
  }

  /** A business line by its name ({@code CIVIL}) or its label in either language (民事检察). */
  private static BusinessLine businessLine(ReferenceCsv.Row row, List<CsvProblem> problems) {
    String value = row.get("business_line");
    for (BusinessLine line : BusinessLine.values()) {
      if (line.name().equalsIgnoreCase(value)
          || Labels.of(line).equals(value)
          || Labels.of(line, Locale.ENGLISH).equalsIgnoreCase(value)) {
        return line;
      }
    }
    problems.add(
        value.isEmpty()
            ? required(row, "business_line")
            : unknown(row, "business_line", "UnknownBusinessLine", value, BusinessLine.values()));
    return null;
  }

  private static Integer cap(ReferenceCsv.Row row, List<CsvProblem> problems) {
    String value = row.get("homogeneity_cap");
    if (value.isEmpty()) {
      return null;
    }
    try {
      int cap = Integer.parseInt(value);
      if (cap >= 1 && cap <= MAX_CAP) {
        return cap;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        CsvProblem.of(
            row.line(),
            "homogeneity_cap",
            "Range",
            "reference.cap-range",
            "value",
            value,
            "max",
            MAX_CAP));
    return null;
  }

  private static boolean bool(ReferenceCsv.Row row, String column, List<CsvProblem> problems) {
    String value = row.get(column).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "", "false", "0", "no" -> false;
      case "true", "1", "yes" -> true;
      default -> {
        problems.add(
            CsvProblem.of(
                row.line(),
                column,
                "Boolean",
                "reference.boolean",
                "column",
                column,
                "value",
                value));
        yield false;
      }
    };
  }
}
