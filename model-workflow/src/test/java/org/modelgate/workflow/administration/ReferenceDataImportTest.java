package org.modelgate.workflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.modelgate.api.administration.ReferenceImportResponse;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.Unit;

/**
 * The reference data import: the shipped files load into an empty organisation and again without
 * change; a bad file writes nothing and names every bad row by line, field and rule.
 */
class ReferenceDataImportTest {

  final Organisation repository = new Organisation();
  final List<AuditRecord> audited = new ArrayList<>();
  final ReferenceDataImport importer = new ReferenceDataImport();

  @BeforeEach
  void wire() {
    importer.repository = repository;
    importer.audit =
        new AuditTrail() {
          @Override
          public void record(AuditRecord record) {
            audited.add(record);
          }
        };
  }

  @Test
  void shouldImportTheShippedOrganisationOnceAndUpdateOnTheSecondImport() {
    importer.importShipped("system");

    assertThat(repository.units()).hasSize(16);
    assertThat(repository.points).hasSize(13);
    Unit office = repository.findUnit("XC-DPO").orElseThrow();
    assertThat(office.isCityWide()).isTrue();
    assertThat(office.getParentId()).isEqualTo(repository.findUnit("XC").orElseThrow().getId());
    assertThat(repository.findUnit("EXT").orElseThrow().getParentId()).isNull();
    assertThat(audited)
        .extracting(AuditRecord::action)
        .containsExactly("REFERENCE_UNITS_IMPORTED", "REFERENCE_POINTS_IMPORTED");

    ReferenceImportResponse again = importer.importUnits(csv("units.csv"), "admin");
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isEqualTo(16);
    assertThat(repository.units()).hasSize(16);
  }

  @Test
  void shouldRefuseDuplicatesAndUnknownBusinessLinesNamingEveryRowAndWriteNothing() {
    String file =
        "code,name,name_en,business_line,homogeneity_cap\n"
            + "GC-09,新监督点,New point,GENERAL_CRIMINAL,3\n"
            + "GC-09,重复,Duplicate,民事检察,\n"
            + "XX-01,未知条线,Unknown line,TAXES,\n"
            + "xx-02,,No name,CIVIL,0\n";

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> importer.importSupervisionPoints(file.getBytes(StandardCharsets.UTF_8), "admin"));

    assertThat(refused.violations())
        .extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::code)
        .containsExactly(
            tuple("lines[3].code", "Duplicate", "reference.duplicate-code"),
            tuple("lines[4].business_line", "UnknownBusinessLine", "reference.unknown-value"),
            tuple("lines[5].code", "Pattern", "reference.code-pattern"),
            tuple("lines[5].name", "Required", "csv.required"),
            tuple("lines[5].homogeneity_cap", "Range", "reference.cap-range"));
    FieldViolation duplicate = refused.violations().getFirst();
    assertThat(duplicate.args())
        .containsEntry("line", 3)
        .containsEntry("column", "code")
        .containsEntry("value", "GC-09")
        .containsEntry("firstLine", 2);
    FieldViolation unknownLine = refused.violations().get(1);
    assertThat(unknownLine.allowed()).contains("CIVIL", "PUBLIC_INTEREST").hasSize(6);
    assertThat(unknownLine.args()).containsEntry("value", "TAXES");
    assertThat(refused.violations()).allSatisfy(v -> assertThat(v.message()).isNull());
    assertThat(repository.points).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void shouldAcceptTheChineseOrEnglishNameOfABusinessLineAndAnOwnCap() {
    importer.importSupervisionPoints(
        ("code,name,name_en,business_line,homogeneity_cap\n"
                + "CV-09,测试,Test,民事检察,2\n"
                + "PI-09,\"公益, 引号\"\"内\"\"\",Quoted,public interest,\n")
            .getBytes(StandardCharsets.UTF_8),
        "admin");

    SupervisionPoint point = repository.findSupervisionPoint("CV-09").orElseThrow();
    assertThat(point.getBusinessLine()).isEqualTo(BusinessLine.CIVIL);
    assertThat(point.capOr(5)).isEqualTo(2);
    SupervisionPoint quoted = repository.findSupervisionPoint("PI-09").orElseThrow();
    assertThat(quoted.getName()).isEqualTo("公益, 引号\"内\"");
    assertThat(quoted.getBusinessLine()).isEqualTo(BusinessLine.PUBLIC_INTEREST);
  }

  @Test
  void shouldRefuseControlCharactersAndBrokenQuotingInNames() {
    String file =
        "code,name,name_en,business_line\n"
            + "GC-09,单位\u202E反转,Reversed,CIVIL\n"
            + "GC-10,\"未闭合,Open,CIVIL\n";

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> importer.importSupervisionPoints(file.getBytes(StandardCharsets.UTF_8), "admin"));

    assertThat(refused.violations())
        .extracting(FieldViolation::field, FieldViolation::code)
        .containsExactly(
            tuple("lines[2].name", "csv.control-character"), tuple("lines[3]", "csv.quote"));
    assertThat(refused.violations().getFirst().args())
        .containsEntry("character", "U+202E")
        .containsEntry("position", 3);
    assertThat(repository.points).isEmpty();
  }

  @Test
  void shouldRefuseUnknownParentsCyclesAndMissingColumns() {
    String units =
        "code,name,name_en,kind,parent_code,city_wide\n"
            + "A,甲,A,CITY,B,false\n"
            + "B,乙,B,DEPARTMENT,A,false\n"
            + "C,丙,C,GRASSROOTS,NOPE,maybe\n";

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> importer.importUnits(units.getBytes(StandardCharsets.UTF_8), "admin"));

    assertThat(refused.violations())
        .extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::code)
        .containsExactly(
            tuple("lines[2].parent_code", "Cycle", "reference.parent-cycle"),
            tuple("lines[3].parent_code", "Cycle", "reference.parent-cycle"),
            tuple("lines[4].city_wide", "Boolean", "reference.boolean"));
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                importer.importUnits("code,name\nA,甲\n".getBytes(StandardCharsets.UTF_8), "admin"));
    assertThat(missing.violations())
        .extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::code)
        .containsExactly(
            tuple("lines[1].name_en", "MissingColumn", "csv.missing-column"),
            tuple("lines[1].kind", "MissingColumn", "csv.missing-column"));
    assertThat(repository.units()).isEmpty();
  }

  @Test
  void shouldRefuseAFileSavedInGbk() {
    byte[] gbk =
        "code,name,name_en,kind\nXC,宣城市人民检察院,Xuancheng,CITY\n".getBytes(Charset.forName("GBK"));

    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> importer.importUnits(gbk, "admin"));

    assertThat(refused.violations())
        .extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::code)
        .containsExactly(tuple("file", "Encoding", "csv.encoding"));
    assertThat(refused.violations().getFirst().args()).containsEntry("line", 2);
  }

  private static byte[] csv(String name) {
    try (var in =
        ReferenceDataImportTest.class.getClassLoader().getResourceAsStream("reference/" + name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Units and supervision points in memory. */
  static final class Organisation extends OrganisationRepository {
    final Map<Long, Unit> units = new HashMap<>();
    final Map<Long, SupervisionPoint> points = new HashMap<>();
    private long nextId = 1;

    @Override
    public <T> T add(T entity) {
      try {
        Field id = entity.getClass().getDeclaredField("id");
        id.setAccessible(true);
        id.set(entity, nextId);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      switch (entity) {
        case Unit unit -> units.put(nextId, unit);
        case SupervisionPoint point -> points.put(nextId, point);
        default -> throw new IllegalArgumentException(entity.toString());
      }
      nextId++;
      return entity;
    }

    @Override
    public void flush() {}

    @Override
    public Optional<Unit> findUnit(String code) {
      return units.values().stream().filter(u -> u.getCode().equals(code)).findFirst();
    }

    @Override
    public List<Unit> units() {
      return units.values().stream().toList();
    }

    @Override
    public Optional<SupervisionPoint> findSupervisionPoint(String code) {
      return points.values().stream().filter(p -> p.getCode().equals(code)).findFirst();
    }
  }
}
