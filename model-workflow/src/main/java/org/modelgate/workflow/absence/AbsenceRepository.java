package org.modelgate.workflow.absence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.modelgate.workflow.organisation.UserAccount;

/** Absences, by the person away or the person standing in. */
@ApplicationScoped
public class AbsenceRepository {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  public Absence add(Absence absence) {
    em.persist(absence);
    em.flush();
    return absence;
  }

  public void remove(Absence absence) {
    em.remove(absence);
    em.flush();
  }

  /**
   * The user's account, locked until the transaction ends: the absences of one person are checked
   * and written one after another.
   */
  public Optional<UserAccount> lockUser(long userId) {
    return Optional.ofNullable(em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Absence> find(long id) {
    return Optional.ofNullable(em.find(Absence.class, id));
  }

  /** The user's absences, latest first. */
  public List<Absence> ofAbsent(long userId) {
    return em.createQuery(
            "select a from Absence a where a.absent.id = :user"
                + " order by a.startsOn desc, a.id desc",
            Absence.class)
        .setParameter("user", userId)
        .getResultList();
  }

  /** The user's absences and those in which the user stands in, latest first. */
  public List<Absence> involving(long userId) {
    return em.createQuery(
            "select a from Absence a where a.absent.id = :user or a.substitute.id = :user"
                + " order by a.startsOn desc, a.id desc",
            Absence.class)
        .setParameter("user", userId)
        .getResultList();
  }
}
