package org.modelgate.workflow.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.dashboard.CountResponse;
import org.modelgate.api.dashboard.DashboardResponse;
import org.modelgate.api.dashboard.DashboardService;
import org.modelgate.api.dashboard.UnitCoverageResponse;
import org.modelgate.api.dashboard.UpcomingForumResponse;
import org.modelgate.api.inbox.InboxService;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.security.Caller;
import org.modelgate.workflow.clue.Funnels;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.security.CurrentCaller;

/**
 * Pipeline, funnel, coverage and what is due. Every figure is a grouped query on the application's
 * tables (the stage is kept there), so the dashboard never scans the engine's history. Leaders,
 * admins and the digital office see the city; everyone else their unit's and their own models.
 */
@ApplicationScoped
@Transactional
public class DefaultDashboardService implements DashboardService {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject AccessPolicy access;
  @Inject InboxService inbox;
  @Inject AdoptionService adoption;
  @Inject Clock clock;

  @Override
  public DashboardResponse dashboard() {
    Caller caller = currentCaller.get();
    boolean city = access.seesCity(caller);
    String scope = city ? "" : " where (m.owningUnit.id = :unit or m.createdBy.id = :me)";

    List<CountResponse> byStage = new ArrayList<>();
    for (Object[] row :
        scoped(
            "select m.stage, count(m) from SupervisionModel m" + scope + " group by m.stage",
            city,
            caller)) {
      Stage stage = (Stage) row[0];
      byStage.add(new CountResponse(stage.name(), stage.label(), ((Number) row[1]).longValue()));
    }
    List<CountResponse> byUnit = new ArrayList<>();
    for (Object[] row :
        scoped(
            "select m.owningUnit.code, m.owningUnit.name, count(m) from SupervisionModel m"
                + scope
                + " group by m.owningUnit.code, m.owningUnit.name order by m.owningUnit.code",
            city,
            caller)) {
      byUnit.add(
          new CountResponse((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
    }
    List<CountResponse> byLine = new ArrayList<>();
    for (Object[] row :
        scoped(
            "select m.businessLine, count(m) from SupervisionModel m"
                + scope
                + " group by m.businessLine",
            city,
            caller)) {
      BusinessLine line = (BusinessLine) row[0];
      byLine.add(new CountResponse(line.name(), line.label(), ((Number) row[1]).longValue()));
    }
    Map<ClueStatus, Long> clues = new EnumMap<>(ClueStatus.class);
    BigDecimal recovered = BigDecimal.ZERO;
    String clueScope = city ? "" : " where c.unit.id = :unit";
    TypedQuery<Object[]> clueQuery =
        em.createQuery(
            "select c.status, count(c), sum(c.recoveredAmount) from Clue c"
                + clueScope
                + " group by c.status",
            Object[].class);
    if (!city) {
      clueQuery.setParameter("unit", caller.unitId());
    }
    for (Object[] row : clueQuery.getResultList()) {
      clues.put((ClueStatus) row[0], ((Number) row[1]).longValue());
      if (row[2] != null) {
        recovered = recovered.add((BigDecimal) row[2]);
      }
    }
    // Counted by the engine, not by building the inbox: the dashboard carried the caller's whole
    // inbox (up to 500 tasks with their models) only to count it (docs/PERFORMANCE.md, run 2).
    long overdue = inbox.overdueCount();
    List<UpcomingForumResponse> forums = new ArrayList<>();
    {
      // Forums of today and later that the caller may see (the access policy's forum scope).
      AccessPolicy.Scope forumScope = access.forumScope(caller);
      TypedQuery<Object[]> forumQuery =
          em.createQuery(
              "select f.id, f.title, f.scheduledAt, f.place from Forum f where f.scheduledAt >= :today and "
                  + forumScope.condition()
                  + " order by f.scheduledAt",
              Object[].class);
      forumScope.parameters().forEach(forumQuery::setParameter);
      forumQuery
          .setParameter("today", access.today().atStartOfDay(OfficeTime.ZONE).toInstant())
          .setMaxResults(10);
      for (Object[] row : forumQuery.getResultList()) {
        forums.add(
            new UpcomingForumResponse(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (java.time.Instant) row[2],
                (String) row[3]));
      }
    }
    List<UnitCoverageResponse> byUnitCoverage = new ArrayList<>();
    Map<Long, long[]> cells = new java.util.LinkedHashMap<>();
    Map<Long, String> names = new java.util.HashMap<>();
    Map<Long, String> englishNames = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.unit.id, a.unit.name, a.status, count(a), a.unit.nameEn from Adoption a group by a.unit.id, a.unit.name, a.unit.nameEn, a.status order by a.unit.name",
                Object[].class)
            .getResultList()) {
      long unit = ((Number) row[0]).longValue();
      if (!city && unit != caller.unitId()) {
        continue;
      }
      names.put(unit, (String) row[1]);
      englishNames.put(unit, (String) row[4]);
      AdoptionStatus status = (AdoptionStatus) row[2];
      long count = ((Number) row[3]).longValue();
      long[] figures = cells.computeIfAbsent(unit, key -> new long[2]);
      if (status != AdoptionStatus.NOT_APPLICABLE) {
        figures[0] += count;
        if (status.settled()) {
          figures[1] += count;
        }
      }
    }
    cells.forEach(
        (unit, figures) ->
            byUnitCoverage.add(
                new UnitCoverageResponse(
                    unit, names.get(unit), englishNames.get(unit), figures[0], figures[1])));
    return new DashboardResponse(
        city,
        byStage,
        byUnit,
        byLine,
        Funnels.of(clues, recovered),
        overdue,
        forums,
        adoption.library(),
        byUnitCoverage);
  }

  private List<Object[]> scoped(String jpql, boolean city, Caller caller) {
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
    if (!city) {
      query.setParameter("unit", caller.unitId()).setParameter("me", caller.userId());
    }
    return query.getResultList();
  }
}
