package org.modelgate.workflow.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelgate.api.common.UserRef;

/**
 * Who stands in for whom on a day: the absences that run that day (DESIGN §4 "Substitutes"). The
 * caller carries the answer for today ({@link CurrentCaller}), the policy lets a substitute act
 * where the absent person could by assignment, and the inbox offers the substitute the absent
 * person's tasks. The query names the absence entity by its JPQL name, so that this package does
 * not depend on the feature that records absences.
 */
@ApplicationScoped
public class Substitutions {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  /** The usernames of the people {@code username} stands in for on {@code day}. */
  public Set<String> actingFor(String username, LocalDate day) {
    return absentFor(username, day).stream()
        .map(UserRef::username)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The people {@code username} stands in for on {@code day}, by username. */
  public Set<UserRef> absentFor(String username, LocalDate day) {
    return em.createQuery(
            "select a.absent.id, a.absent.username, a.absent.displayName from Absence a"
                + " where a.substitute.username = :username"
                + " and a.startsOn <= :day and a.endsOn >= :day"
                + " order by a.absent.username",
            Object[].class)
        .setParameter("username", username)
        .setParameter("day", day)
        .getResultStream()
        .map(row -> new UserRef((Long) row[0], (String) row[1], (String) row[2]))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The usernames of those who stand in for {@code username} on {@code day}. */
  public Set<String> substitutesOf(String username, LocalDate day) {
    return em.createQuery(
            "select a.substitute.username from Absence a where a.absent.username = :username"
                + " and a.startsOn <= :day and a.endsOn >= :day",
            String.class)
        .setParameter("username", username)
        .setParameter("day", day)
        .getResultStream()
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
