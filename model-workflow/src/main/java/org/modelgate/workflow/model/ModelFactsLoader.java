package org.modelgate.workflow.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.forum.ExclusionKind;
import org.modelgate.workflow.engine.ModelLifecycle;

/**
 * Reads the {@link ModelFacts} of a model from the application's tables and the engine's open
 * tasks. The queries name the feature entities (agenda items, pilot plans, adoption rows, reviews)
 * by their JPQL names, so this ground floor imports none of the feature packages above it.
 */
@ApplicationScoped
class ModelFactsLoader {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject TaskService taskService;

  ModelFacts load(SupervisionModel model) {
    long id = model.getId();
    Set<Long> creators = new HashSet<>();
    creators.add(model.getCreatedBy().getId());
    model.getCoCreators().forEach(user -> creators.add(user.getId()));
    Set<String> openTasks = new HashSet<>();
    Set<String> reviewHolders = new HashSet<>();
    if (model.getProcessInstanceId() != null) {
      for (Task task :
          taskService.createTaskQuery().processInstanceId(model.getProcessInstanceId()).list()) {
        openTasks.add(task.getTaskDefinitionKey());
        if (ModelLifecycle.TASK_SUBMIT_REVIEW.equals(task.getTaskDefinitionKey())
            && task.getAssignee() != null) {
          reviewHolders.add(task.getAssignee());
        }
      }
    }
    boolean submitted = model.getSubmittedAt() != null;
    return new ModelFacts(
        id,
        model.getStage(),
        model.getOwningUnit().getId(),
        creators,
        submitted
            ? ids("select u.unit.id from PilotPlan p join p.units u where p.model.id = :m", id)
            : Set.of(),
        submitted ? ids("select a.unit.id from Adoption a where a.model.id = :m", id) : Set.of(),
        submitted
            ? ids(
                "select r.id from AgendaItem a join a.forum f join f.reviewers r where a.model.id = :m",
                id)
            : Set.of(),
        submitted ? round(id) : null,
        openTasks,
        reviewHolders,
        submitted
            ? ids(
                "select c.owner.id from DecisionCondition c where c.model.id = :m and c.closedAt is null",
                id)
            : Set.of(),
        model.getStage() == org.modelgate.api.proposal.Stage.ON_HOLD
            && !ids("select n.id from SupervisionModel n where n.previousVersion.id = :m", id)
                .isEmpty());
  }

  private ModelFacts.Round round(long modelId) {
    List<Object[]> latest =
        em.createQuery(
                "select f.id, f.presidingLeader.id, f.scheduledAt from AgendaItem a join a.forum f"
                    + " where a.model.id = :m order by a.addedAt desc, a.id desc",
                Object[].class)
            .setParameter("m", modelId)
            .setMaxResults(1)
            .getResultList();
    if (latest.isEmpty()) {
      return null;
    }
    long forumId = (Long) latest.get(0)[0];
    Set<Long> excluded = new HashSet<>();
    Set<Long> abstained = new HashSet<>();
    for (Object[] row :
        em.createQuery(
                "select e.reviewer.id, e.kind from ReviewExclusion e"
                    + " where e.forum.id = :f and e.model.id = :m",
                Object[].class)
            .setParameter("f", forumId)
            .setParameter("m", modelId)
            .getResultList()) {
      (row[1] == ExclusionKind.ABSTAINED ? abstained : excluded).add((Long) row[0]);
    }
    return new ModelFacts.Round(
        forumId,
        (Long) latest.get(0)[1],
        ((Instant) latest.get(0)[2]).atZone(OfficeTime.ZONE).toLocalDate(),
        new HashSet<>(
            em.createQuery(
                    "select r.id from Forum f join f.reviewers r where f.id = :f", Long.class)
                .setParameter("f", forumId)
                .getResultList()),
        excluded,
        abstained,
        new HashSet<>(
            em.createQuery(
                    "select r.reviewer.id from Review r where r.forum.id = :f and r.model.id = :m",
                    Long.class)
                .setParameter("f", forumId)
                .setParameter("m", modelId)
                .getResultList()),
        !em.createQuery(
                "select d.id from Decision d where d.forumId = :f and d.model.id = :m", Long.class)
            .setParameter("f", forumId)
            .setParameter("m", modelId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty());
  }

  private Set<Long> ids(String jpql, long modelId) {
    return new HashSet<>(
        em.createQuery(jpql, Long.class).setParameter("m", modelId).getResultList());
  }
}
