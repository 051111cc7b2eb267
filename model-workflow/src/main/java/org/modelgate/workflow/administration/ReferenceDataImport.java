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
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.Unit;

/**
 * Imports the organisation's units and the supervision-point taxonomy from CSV, all or nothing: the
 * whole file is checked first and every bad row is named (line, field, rule); only a clean file
 * writes anything. A code that exists is updated (names, kind, parent, business line, cap), a new
 * one created, so that importing the same file twice changes nothing. The shipped files ({@code
 * reference/*.csv}, the Xuancheng procuratorate) are independent of the demo users.
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
    List<FieldViolation> violations = new ArrayList<>();
    List<ReferenceCsv.Row> rows = ReferenceCsv.read(csv, UNIT_COLUMNS, UNIT_OPTIONAL, violations);
    Map<String, Unit> existing = new HashMap<>();
    repository.units().forEach(unit -> existing.put(unit.getCode(), unit));
    Map<Long, String> codesById = new HashMap<>();
    existing.values().forEach(unit -> codesById.put(unit.getId(), unit.getCode()));
    Map<String, Integer> firstLine = new HashMap<>();
    List<UnitRow> parsed = new ArrayList<>();
    for (ReferenceCsv.Row row : rows) {
      int errors = violations.size();
      String code = code(row, firstLine, violations);
      String name = text(row, "name", 100, violations);
      String nameEn = text(row, "name_en", 100, violations);
      UnitKind kind = oneOf(row, "kind", UnitKind.class, violations, "单位类型").orElse(null);
      String parent = row.get("parent_code");
      boolean cityWide = bool(row, "city_wide", violations);
      if (violations.size() == errors) {
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
        violations.add(
            ReferenceCsv.violation(
                row.line(),
                "parent_code",
                "UnknownParent",
                "上级单位 " + row.parent() + " 既不在文件中，也不在系统中"));
      } else if (climbsToItself(row.code(), parentOf)) {
        violations.add(
            ReferenceCsv.violation(
                row.line(), "parent_code", "Cycle", "上级单位 " + row.parent() + " 不能是本单位或其下级单位"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
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
            "新建 " + created + "，更新 " + updated,
            "导入单位：" + String.join(",", parsed.stream().map(UnitRow::code).toList())));
    return new ReferenceImportResponse(created, updated);
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
    List<FieldViolation> violations = new ArrayList<>();
    List<ReferenceCsv.Row> rows = ReferenceCsv.read(csv, POINT_COLUMNS, POINT_OPTIONAL, violations);
    Map<String, Integer> firstLine = new HashMap<>();
    record PointRow(String code, String name, String nameEn, BusinessLine line, Integer cap) {}
    List<PointRow> parsed = new ArrayList<>();
    for (ReferenceCsv.Row row : rows) {
      int errors = violations.size();
      String code = code(row, firstLine, violations);
      String name = text(row, "name", 200, violations);
      String nameEn = text(row, "name_en", 200, violations);
      BusinessLine line = businessLine(row, violations);
      Integer cap = cap(row, violations);
      if (violations.size() == errors) {
        parsed.add(new PointRow(code, name, nameEn, line, cap));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
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
            "新建 " + created + "，更新 " + updated,
            "导入监督点：" + String.join(",", parsed.stream().map(PointRow::code).toList())));
    return new ReferenceImportResponse(created, updated);
  }

  private static String code(
      ReferenceCsv.Row row, Map<String, Integer> firstLine, List<FieldViolation> violations) {
    String code = row.get("code");
    if (code.isEmpty()) {
      violations.add(ReferenceCsv.violation(row.line(), "code", "Required", "代码不能为空"));
    } else if (code.length() > 32) {
      violations.add(
          ReferenceCsv.violation(row.line(), "code", "MaxLength", "代码最长 32 个字符：" + code));
    } else if (!CODE.matcher(code).matches()) {
      violations.add(
          ReferenceCsv.violation(
              row.line(), "code", "Pattern", "代码 " + code + " 只能由大写字母、数字、- 和 _ 组成"));
    } else {
      Integer first = firstLine.putIfAbsent(code, row.line());
      if (first != null) {
        violations.add(
            ReferenceCsv.violation(
                row.line(), "code", "Duplicate", "代码 " + code + " 已在第 " + first + " 行出现"));
      }
    }
    return code;
  }

  private static String text(
      ReferenceCsv.Row row, String column, int max, List<FieldViolation> violations) {
    String value = row.get(column);
    if (value.isEmpty()) {
      violations.add(ReferenceCsv.violation(row.line(), column, "Required", column + " 不能为空"));
    } else if (value.length() > max) {
      violations.add(
          ReferenceCsv.violation(row.line(), column, "MaxLength", column + " 最长 " + max + " 个字符"));
    }
    return value;
  }

  private static <E extends Enum<E>> Optional<E> oneOf(
      ReferenceCsv.Row row,
      String column,
      Class<E> type,
      List<FieldViolation> violations,
      String what) {
    String value = row.get(column);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return Optional.of(constant);
      }
    }
    violations.add(
        ReferenceCsv.violation(
            row.line(),
            column,
            value.isEmpty() ? "Required" : "Unknown",
            "未知的" + what + "“" + value + "”；可用：" + Arrays.toString(type.getEnumConstants())));
    return Optional.empty();
  }

  /** A business line by its name ({@code CIVIL}) or its Chinese label (民事检察). */
  private static BusinessLine businessLine(ReferenceCsv.Row row, List<FieldViolation> violations) {
    String value = row.get("business_line");
    for (BusinessLine line : BusinessLine.values()) {
      if (line.name().equalsIgnoreCase(value) || line.label().equals(value)) {
        return line;
      }
    }
    violations.add(
        ReferenceCsv.violation(
            row.line(),
            "business_line",
            value.isEmpty() ? "Required" : "UnknownBusinessLine",
            "未知的业务条线“" + value + "”；可用：" + Arrays.toString(BusinessLine.values())));
    return null;
  }

  private static Integer cap(ReferenceCsv.Row row, List<FieldViolation> violations) {
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
    violations.add(
        ReferenceCsv.violation(
            row.line(),
            "homogeneity_cap",
            "Range",
            "同质化上限须为 1 到 " + MAX_CAP + " 之间的整数，或留空使用默认值：" + value));
    return null;
  }

  private static boolean bool(
      ReferenceCsv.Row row, String column, List<FieldViolation> violations) {
    String value = row.get(column).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "", "false", "0", "no", "否" -> false;
      case "true", "1", "yes", "是" -> true;
      default -> {
        violations.add(
            ReferenceCsv.violation(
                row.line(), column, "Boolean", column + " 须为 true 或 false：" + value));
        yield false;
      }
    };
  }
}
