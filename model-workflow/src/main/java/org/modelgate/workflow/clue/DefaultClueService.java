package org.modelgate.workflow.clue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modelgate.api.clue.ClueChangeRequest;
import org.modelgate.api.clue.ClueColumn;
import org.modelgate.api.clue.ClueFileError;
import org.modelgate.api.clue.ClueFileRefusedException;
import org.modelgate.api.clue.ClueImportResponse;
import org.modelgate.api.clue.ClueRequest;
import org.modelgate.api.clue.ClueResponse;
import org.modelgate.api.clue.ClueService;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.FunnelCounts;
import org.modelgate.api.clue.FunnelResponse;
import org.modelgate.api.clue.InvalidReason;
import org.modelgate.api.clue.UnitFunnel;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.ModelAction;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.ModelLifecycle;
import org.modelgate.workflow.engine.ProcessTasks;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.model.SupervisionModelRepository;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.persistence.UniqueKeyViolation;
import org.modelgate.workflow.pilot.DefaultPilotService;
import org.modelgate.workflow.pilot.HoldRule;
import org.modelgate.workflow.pilot.PilotPlan;
import org.modelgate.workflow.pilot.PilotUnit;
import org.modelgate.workflow.security.CurrentCaller;
import org.modelgate.workflow.validation.RequestValidator;

/**
 * Clues and the funnel. Clues are seen and worked only by their unit's staff and the digital
 * office. The funnel is grouped in the database (an index on model, unit and status), never by
 * loading clues.
 */
@ApplicationScoped
@Transactional
public class DefaultClueService implements ClueService {

  static final int MAX_IMPORT_ROWS = 100_000;
  static final int MAX_PAGE_SIZE = 500;
  private static final int FLUSH_EVERY = 1_000;
  static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

  /** The unique constraint on (model, clue number), V4__pilot_and_clues.sql. */
  static final String UNIQUE_REF = "uq_clue_ref";

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject CurrentCaller currentCaller;
  @Inject DefaultPilotService pilots;
  @Inject RequestValidator validator;
  @Inject Clock clock;
  @Inject ClueTotals totals;
  @Inject AuditTrail audit;
  @Inject SupervisionModelRepository models;
  @Inject ProcessTasks processTasks;

  @Override
  public ClueResponse create(long modelId, ClueRequest request) {
    SupervisionModel model = access.visible(modelId);
    access.require(model, ModelAction.IMPORT_CLUES);
    Caller caller = currentCaller.get();
    validator.valid(request);
    LocalDate today = LocalDate.now(clock.withZone(OFFICE_ZONE));
    LocalDate earliest = earliestClueDate(modelId, today);
    if (request.foundOn().isBefore(earliest)) {
      throw InvalidInputException.of(
          "foundOn",
          ClueFileError.DATE_BEFORE_WINDOW,
          "clue.date-outside-pilot",
          "date",
          request.foundOn(),
          "earliest",
          earliest,
          "today",
          today);
    }
    Unit unit = requireWorkableUnit(caller, model, request.unitId());
    Clue clue = new Clue(model, unit, request, currentCaller.account(), clock.instant());
    em.persist(clue);
    flushUniqueRef(request.externalRef());
    checkHoldRule(modelId);
    audit.record(
        new AuditRecord(
            caller.username(),
            "CLUE_CREATED",
            "Clue",
            String.valueOf(response(clue).id()),
            modelId,
            null,
            ClueStatus.NEW.name(),
            unit.getName()));
    return response(clue);
  }

  @Override
  public ClueImportResponse importCsv(long modelId, byte[] csv) {
    SupervisionModel model = access.require(modelId, ModelAction.IMPORT_CLUES);
    Caller caller = currentCaller.get();
    Map<String, Unit> units = new HashMap<>();
    for (Unit unit : importableUnits(caller, model)) {
      units.put(unit.getCode(), unit);
    }
    LocalDate today = LocalDate.now(clock.withZone(OFFICE_ZONE));
    ClueCsvResult result =
        new ClueCsvParser(units.keySet(), earliestClueDate(modelId, today), today, MAX_IMPORT_ROWS)
            .parse(csv);
    // One report: the file's own problems and the clue numbers imported before, in line order.
    List<ClueFileError> errors = new ArrayList<>(result.errors());
    if (!result.references().isEmpty()) {
      Set<String> existing =
          new HashSet<>(
              em.createQuery(
                      "select c.externalRef from Clue c where c.model.id = :model", String.class)
                  .setParameter("model", modelId)
                  .getResultList());
      result.references().entrySet().stream()
          .filter(reference -> existing.contains(reference.getKey()))
          .forEach(
              reference ->
                  errors.add(
                      ClueFileError.of(
                          reference.getValue(),
                          ClueColumn.EXTERNAL_REF,
                          ClueFileError.ALREADY_IMPORTED,
                          "clue.ref-exists",
                          "ref",
                          reference.getKey())));
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(ClueFileError::line)); // stable: a line's order stays
      throw new ClueFileRefusedException(errors);
    }
    UserAccount by = currentCaller.account();
    var now = clock.instant();
    int count = 0;
    for (ClueRow row : result.rows()) {
      em.persist(
          new Clue(
              model,
              units.get(row.unitCode()),
              new ClueRequest(
                  units.get(row.unitCode()).getId(),
                  row.externalRef(),
                  row.party(),
                  row.idNumber(),
                  row.summary(),
                  row.foundOn(),
                  row.amount()),
              by,
              now));
      if (++count % FLUSH_EVERY == 0) {
        em.flush();
      }
    }
    em.flush();
    audit.record(
        AuditRecord.onModel(
            caller.username(), "CLUES_IMPORTED", modelId, null, null, String.valueOf(count)));
    checkHoldRule(modelId);
    return new ClueImportResponse(modelId, count);
  }

  /**
   * The automatic hold rule (DESIGN §4), checked whenever clue data changes: once enough clues are
   * verified and the valid rate is under the plan's threshold, the pilot ends early and the leader
   * is asked to decide at once. The model's row is locked first, so the pilot ends only once.
   */
  private void checkHoldRule(long modelId) {
    SupervisionModel model = models.lockById(modelId).orElseThrow();
    if (model.getStage() != Stage.PILOT) {
      return;
    }
    PilotPlan plan = pilots.latestPlan(modelId).orElse(null);
    if (plan == null) {
      return;
    }
    FunnelCounts funnel = totals.of(modelId);
    if (HoldRule.trips(
        funnel.verified(),
        funnel.valid(),
        plan.getMinCluesForJudgement(),
        plan.getMinValidRate())) {
      // valid / verified < the plan's least valid rate
      audit.record(
          AuditRecord.onModel(
              AuditRecord.SYSTEM,
              "AUTOMATIC_HOLD",
              modelId,
              null,
              null,
              funnel.valid() + "/" + funnel.verified() + " < " + plan.getMinValidRate()));
      processTasks.correlate(
          ModelLifecycle.MESSAGE_PILOT_ENDED_EARLY,
          modelId,
          Map.of(ModelLifecycle.VAR_PILOT_ENDED_AT, java.util.Date.from(clock.instant())));
    }
  }

  /**
   * The first day a clue of the model may have been discovered on: its pilot's start (today before
   * a pilot is planned) less the plan's look-back, {@link PilotPlan#CLUE_LOOK_BACK}.
   */
  private LocalDate earliestClueDate(long modelId, LocalDate today) {
    return pilots
        .latestPlan(modelId)
        .map(PilotPlan::earliestClueDate)
        .orElse(today.minus(PilotPlan.CLUE_LOOK_BACK));
  }

  /** The units whose clues the caller may import for the model now. */
  private List<Unit> importableUnits(Caller caller, SupervisionModel model) {
    List<Unit> candidates =
        model.getStage() == Stage.PILOT || model.getStage() == Stage.EVALUATION
            ? pilots.latestPlan(model.getId()).map(PilotPlan::getUnits).orElse(List.of()).stream()
                .map(PilotUnit::getUnit)
                .toList()
            : em.createQuery("select u from Unit u", Unit.class).getResultList();
    return candidates.stream().filter(unit -> access.actsForUnit(caller, unit.getId())).toList();
  }

  @Override
  public ClueResponse change(long clueId, ClueChangeRequest request) {
    Caller caller = currentCaller.get();
    if (!caller.has(Role.STAFF)) {
      throw access.deny(caller, "clue.staff-only");
    }
    Clue clue = em.find(Clue.class, clueId);
    if (clue == null) {
      throw new EntityNotFoundException("clue", clueId);
    }
    requireClueScope(clue.getModel(), clue.getUnit().getId());
    validator.valid(request);
    ClueStatus from = clue.getStatus();
    if (!from.next().contains(request.status())) {
      throw new LifecycleViolationException(
          from.next().isEmpty() ? "clue.closed" : "clue.step-not-allowed",
          "ref",
          clue.getExternalRef(),
          "from",
          from,
          "to",
          request.status(),
          "next",
          from.next().stream().sorted().toList());
    }
    requireStepDetails(request);
    clue.advance(request, clock.instant());
    em.flush();
    audit.record(
        new AuditRecord(
            caller.username(),
            "CLUE_CHANGED",
            "Clue",
            String.valueOf(clueId),
            clue.getModel().getId(),
            from.name(),
            request.status().name(),
            null));
    checkHoldRule(clue.getModel().getId());
    return response(clue);
  }

  @Override
  public PageResponse<ClueResponse> list(
      long modelId, Long unitId, ClueStatus status, int page, int size) {
    Caller caller = currentCaller.get();
    SupervisionModel model = access.visible(modelId);
    access.require(model, ModelAction.VIEW_CLUES);
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw InvalidInputException.of(
          page < 0 ? "page" : "size", "Range", "clue.page-range", "max", MAX_PAGE_SIZE);
    }
    Long scope = unitId;
    if (!access.office(caller)) {
      if (unitId != null && unitId != caller.unitId()) {
        throw access.deny(caller, modelId, "clue.unit-only-visible");
      }
      scope = caller.unitId();
    }
    String where =
        " where c.model.id = :model"
            + (scope == null ? "" : " and c.unit.id = :unit")
            + (status == null ? "" : " and c.status = :status");
    TypedQuery<Clue> items =
        em.createQuery("select c from Clue c" + where + " order by c.id", Clue.class);
    TypedQuery<Long> count = em.createQuery("select count(c) from Clue c" + where, Long.class);
    for (TypedQuery<?> query : List.of(items, count)) {
      query.setParameter("model", modelId);
      if (scope != null) {
        query.setParameter("unit", scope);
      }
      if (status != null) {
        query.setParameter("status", status);
      }
    }
    return new PageResponse<>(
        items
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultStream()
            .map(this::response)
            .toList(),
        page,
        size,
        count.getSingleResult());
  }

  @Override
  public FunnelResponse funnel(long modelId, Long unitId, LocalDate from, LocalDate to) {
    Caller caller = currentCaller.get();
    access.visible(modelId);
    boolean allRows = access.seesAllUnitRows(caller);
    if (unitId != null && !allRows && !access.actsForUnit(caller, unitId)) {
      throw access.deny(caller, modelId, "clue.funnel-unit-only");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw InvalidInputException.of(
          "to", "AfterFrom", "clue.funnel-period", "from", from, "to", to);
    }
    String where =
        " where c.model.id = :model"
            + (unitId == null ? "" : " and c.unit.id = :unit")
            + (from == null ? "" : " and c.foundOn >= :from")
            + (to == null ? "" : " and c.foundOn <= :to");
    TypedQuery<Object[]> grouped =
        em.createQuery(
            "select c.unit.id, c.status, count(c), sum(c.recoveredAmount) from Clue c"
                + where
                + " group by c.unit.id, c.status",
            Object[].class);
    TypedQuery<Object[]> reasons =
        em.createQuery(
            "select c.invalidReason, count(c) from Clue c"
                + where
                + " and c.status = :invalid group by c.invalidReason",
            Object[].class);
    reasons.setParameter("invalid", ClueStatus.VERIFIED_INVALID);
    for (TypedQuery<Object[]> query : List.of(grouped, reasons)) {
      query.setParameter("model", modelId);
      if (unitId != null) {
        query.setParameter("unit", unitId);
      }
      if (from != null) {
        query.setParameter("from", from);
      }
      if (to != null) {
        query.setParameter("to", to);
      }
    }
    Map<Long, Map<ClueStatus, Long>> byUnit = new LinkedHashMap<>();
    Map<Long, BigDecimal> recovered = new HashMap<>();
    for (Object[] row : grouped.getResultList()) {
      long unit = ((Number) row[0]).longValue();
      byUnit
          .computeIfAbsent(unit, key -> new EnumMap<>(ClueStatus.class))
          .put((ClueStatus) row[1], ((Number) row[2]).longValue());
      if (row[3] != null) {
        recovered.merge(unit, (BigDecimal) row[3], BigDecimal::add);
      }
    }
    Map<Long, PilotUnit> baseline = new HashMap<>();
    pilots
        .latestPlan(modelId)
        .map(PilotPlan::getUnits)
        .orElse(List.of())
        .forEach(unit -> baseline.put(unit.getUnit().getId(), unit));
    baseline.keySet().stream()
        .filter(unit -> unitId == null || unit.equals(unitId))
        .forEach(unit -> byUnit.putIfAbsent(unit, new EnumMap<>(ClueStatus.class)));
    List<UnitFunnel> units = new ArrayList<>();
    FunnelCounts total = Funnels.empty();
    for (var entry : byUnit.entrySet()) {
      FunnelCounts counts = Funnels.of(entry.getValue(), recovered.get(entry.getKey()));
      total = Funnels.add(total, counts);
      // City totals for everyone; a unit's own row for its staff; every row for the office and
      // leaders (DESIGN §3a).
      if (!allRows && !access.actsForUnit(caller, entry.getKey())) {
        continue;
      }
      Unit unit = em.find(Unit.class, entry.getKey());
      var base = Optional.ofNullable(baseline.get(entry.getKey())).map(PilotUnit::baseline);
      units.add(
          new UnitFunnel(
              unit.getId(),
              unit.getCode(),
              unit.getName(),
              counts,
              base.map(b -> counts.clues() - b.clues()).orElse(null),
              base.map(b -> counts.casesFormed() - b.cases()).orElse(null),
              base.map(b -> counts.recoveredAmount().subtract(b.recovered())).orElse(null)));
    }
    Map<InvalidReason, Long> invalidReasons = new EnumMap<>(InvalidReason.class);
    for (Object[] row : reasons.getResultList()) {
      invalidReasons.put((InvalidReason) row[0], ((Number) row[1]).longValue());
    }
    return new FunnelResponse(modelId, from, to, total, units, invalidReasons);
  }

  private Unit requireWorkableUnit(Caller caller, SupervisionModel model, long unitId) {
    requireClueScope(model, unitId);
    Unit unit = em.find(Unit.class, unitId);
    if (unit == null) {
      throw InvalidInputException.of("unitId", "exists", "clue.unit-unknown", "unitId", unitId);
    }
    if (model.getStage() == Stage.PILOT || model.getStage() == Stage.EVALUATION) {
      boolean pilotUnit =
          pilots.latestPlan(model.getId()).map(PilotPlan::getUnits).orElse(List.of()).stream()
              .anyMatch(pilot -> pilot.getUnit().getId() == unitId);
      if (!pilotUnit) {
        throw InvalidInputException.of(
            "unitId", "PilotUnit", "clue.unit-not-pilot", "unit", unit.getName());
      }
    }
    return unit;
  }

  private void requireClueScope(SupervisionModel model, long unitId) {
    access.requireUnit(model, unitId, "clue.unit-only-workable");
  }

  @Override
  public String revealIdNumber(long clueId) {
    Caller caller = currentCaller.get();
    Clue clue = em.find(Clue.class, clueId);
    if (clue == null || !access.canSee(caller, clue.getModel())) {
      throw new EntityNotFoundException("clue", clueId);
    }
    access.requireUnit(clue.getModel(), clue.getUnit().getId(), "clue.id-number-unit-only");
    audit.record(
        new AuditRecord(
            caller.username(),
            "CLUE_ID_REVEALED",
            "Clue",
            String.valueOf(clueId),
            clue.getModel().getId(),
            null,
            null,
            null));
    return clue.getIdNumber();
  }

  /** The clue as the caller sees it: masked, and whether they may reveal its identity number. */
  private ClueResponse response(Clue clue) {
    return clue.toResponse(access.actsForUnit(currentCaller.get(), clue.getUnit().getId()));
  }

  private static void requireStepDetails(ClueChangeRequest request) {
    switch (request.status()) {
      case VERIFIED_INVALID -> {
        if (request.invalidReason() == null) {
          throw InvalidInputException.of(
              "invalidReason", "RequiredForInvalid", "clue.invalid-reason-required");
        }
      }
      case CASE_FORMED -> {
        if (request.caseReference() == null || request.caseReference().isBlank()) {
          throw InvalidInputException.of(
              "caseReference", "RequiredForCase", "clue.case-reference-required");
        }
      }
      case DOCUMENT_ISSUED -> {
        if (request.documentType() == null) {
          throw InvalidInputException.of(
              "documentType", "RequiredForDocument", "clue.document-type-required");
        }
      }
      default -> {}
    }
  }

  /**
   * Flushes a new clue; a violation of the unique clue number (constraint {@value #UNIQUE_REF}) is
   * the caller's conflict, any other failure is not and goes on as it is.
   */
  private void flushUniqueRef(String externalRef) {
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      if (UniqueKeyViolation.of(e, UNIQUE_REF)) {
        throw new LifecycleViolationException("clue.ref-exists", "ref", externalRef);
      }
      throw e;
    }
  }
}
