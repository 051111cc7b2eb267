package org.modelgate.workflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("第 3 行 code", "Duplicate"),
            org.assertj.core.groups.Tuple.tuple("第 4 行 business_line", "UnknownBusinessLine"),
            org.assertj.core.groups.Tuple.tuple("第 5 行 code", "Pattern"),
            org.assertj.core.groups.Tuple.tuple("第 5 行 name", "Required"),
            org.assertj.core.groups.Tuple.tuple("第 5 行 homogeneity_cap", "Range"));
    assertThat(repository.points).isEmpty();
    assertThat(audited).isEmpty();
  }

  @Test
  void shouldAcceptTheChineseNameOfABusinessLineAndAnOwnCap() {
    importer.importSupervisionPoints(
        "code,name,name_en,business_line,homogeneity_cap\nCV-09,测试,Test,民事检察,2\n"
            .getBytes(StandardCharsets.UTF_8),
        "admin");

    SupervisionPoint point = repository.findSupervisionPoint("CV-09").orElseThrow();
    assertThat(point.getBusinessLine()).isEqualTo(BusinessLine.CIVIL);
    assertThat(point.capOr(5)).isEqualTo(2);
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
        .extracting(FieldViolation::field, FieldViolation::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("第 4 行 city_wide", "Boolean"),
            org.assertj.core.groups.Tuple.tuple("第 2 行 parent_code", "Cycle"),
            org.assertj.core.groups.Tuple.tuple("第 3 行 parent_code", "Cycle"));
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                importer.importUnits("code,name\nA,甲\n".getBytes(StandardCharsets.UTF_8), "admin"));
    assertThat(missing.violations())
        .extracting(FieldViolation::rule)
        .containsExactly("MissingColumn", "MissingColumn");
    assertThat(repository.units()).isEmpty();
  }

  @Test
  void shouldRefuseAFileSavedInGbk() {
    byte[] gbk =
        "code,name,name_en,kind\nXC,宣城市人民检察院,Xuancheng,CITY\n".getBytes(Charset.forName("GBK"));

    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> importer.importUnits(gbk, "admin"));

    assertThat(refused.violations()).extracting(FieldViolation::rule).containsExactly("Encoding");
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
