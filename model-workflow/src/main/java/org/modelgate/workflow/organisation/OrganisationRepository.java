package org.modelgate.workflow.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modelgate.api.security.Role;

/** Units, accounts and supervision points in the database. */
@ApplicationScoped
public class OrganisationRepository {

  @PersistenceContext(unitName = "modelgate")
  private EntityManager em;

  public Optional<UserAccount> findUser(String username) {
    // Every request loads its caller: one statement with unit and roles instead of three
    // (docs/PERFORMANCE.md: GET /api/me cost 3 statements, part of every transition's extra SQL).
    return em.createQuery(
            "select distinct u from UserAccount u join fetch u.unit left join fetch u.roles"
                + " where u.username = :name",
            UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> findUserById(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public Optional<Unit> findUnit(String code) {
    return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<SupervisionPoint> findSupervisionPoint(long id) {
    return Optional.ofNullable(em.find(SupervisionPoint.class, id));
  }

  public boolean supervisionPointExists(String code) {
    return !em.createQuery("select p.id from SupervisionPoint p where p.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  public Optional<Unit> findUnitById(long id) {
    return Optional.ofNullable(em.find(Unit.class, id));
  }

  /**
   * A page of the users whose username, name or unit name contains {@code text} (any case; all when
   * null), ordered by username.
   */
  public List<UserAccount> searchUsers(String text, int first, int max) {
    return em.createQuery(
            "select u from UserAccount u where " + USER_MATCH + " order by u.username",
            UserAccount.class)
        .setParameter("text", likePattern(text))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countUsers(String text) {
    return em.createQuery("select count(u) from UserAccount u where " + USER_MATCH, Long.class)
        .setParameter("text", likePattern(text))
        .getSingleResult();
  }

  private static final String USER_MATCH =
      "(lower(u.username) like :text escape '\\' or lower(u.displayName) like :text escape '\\'"
          + " or lower(u.unit.name) like :text escape '\\')";

  private static String likePattern(String text) {
    if (text == null || text.isBlank()) {
      return "%";
    }
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }

  /** The number of users of each unit, by unit id; units without users are missing. */
  public Map<Long, Long> userCountsByUnit() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select u.unit.id, count(u) from UserAccount u group by u.unit.id", Object[].class)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  public List<Unit> units() {
    return em.createQuery("select u from Unit u order by u.id", Unit.class).getResultList();
  }

  public List<SupervisionPoint> activeSupervisionPoints() {
    return em.createQuery(
            "select p from SupervisionPoint p where p.active = true"
                + " order by p.businessLine, p.code",
            SupervisionPoint.class)
        .getResultList();
  }

  /** Every supervision point, active or not, by business line and code. */
  public List<SupervisionPoint> supervisionPoints() {
    return em.createQuery(
            "select p from SupervisionPoint p order by p.businessLine, p.code",
            SupervisionPoint.class)
        .getResultList();
  }

  public Optional<SupervisionPoint> findSupervisionPoint(String code) {
    return em.createQuery(
            "select p from SupervisionPoint p where p.code = :code", SupervisionPoint.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * The number of models (any stage, any version) naming each supervision point, by point id;
   * points no model names are missing. By entity name, as the access policy reads the models.
   */
  public Map<Long, Long> modelCountsBySupervisionPoint() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select m.supervisionPoint.id, count(m) from SupervisionModel m"
                    + " group by m.supervisionPoint.id",
                Object[].class)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  public PilotDefaults pilotDefaults() {
    return em.find(PilotDefaults.class, PilotDefaults.ROW);
  }

  /** The hashes a user had before the current one, newest first, at most {@code max}. */
  public List<PasswordHistoryEntry> passwordHistory(long userId, int max) {
    return em.createQuery(
            "select h from PasswordHistoryEntry h where h.userId = :user order by h.id desc",
            PasswordHistoryEntry.class)
        .setParameter("user", userId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Forgets the hashes of a user older than the newest {@code keep}. */
  public void prunePasswordHistory(long userId, int keep) {
    List<PasswordHistoryEntry> all =
        em.createQuery(
                "select h from PasswordHistoryEntry h where h.userId = :user order by h.id desc",
                PasswordHistoryEntry.class)
            .setParameter("user", userId)
            .getResultList();
    all.stream().skip(keep).forEach(em::remove);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public List<UserAccount> usersWithRole(Role role) {
    return em.createQuery(
            "select u from UserAccount u join u.roles r where r = :role order by u.username",
            UserAccount.class)
        .setParameter("role", role.roleName())
        .getResultList();
  }

  public void flush() {
    em.flush();
  }

  public <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }
}
