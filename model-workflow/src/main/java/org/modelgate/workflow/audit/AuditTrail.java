package org.modelgate.workflow.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.audit.ChainVerificationResponse;
import org.modelgate.api.proposal.HistoryEntryResponse;

/**
 * Appends to and checks the audit trail. A change is recorded in the transaction that makes it, so
 * both commit or neither; a refusal is recorded in a transaction of its own, because the refused
 * request's transaction rolls back.
 */
@ApplicationScoped
public class AuditTrail {

  private static final int PAGE = 1000;

  /** An entry is missing (deleted) where the next one was expected. */
  static final String ENTRY_MISSING = "audit.entry-missing";

  /** An entry does not link to the one before it (one deleted, or the order changed). */
  static final String LINK_BROKEN = "audit.link-broken";

  /** An entry's content does not match its hash (changed). */
  static final String CONTENT_CHANGED = "audit.content-changed";

  /** The chain ends before the last entry the head recorded (the newest ones deleted). */
  static final String TAIL_MISSING = "audit.tail-missing";

  /** The entity type of audit entries about a clue. */
  private static final String CLUE = "Clue";

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject Clock clock;

  @Transactional(TxType.REQUIRED)
  public void record(AuditRecord record) {
    append(AuditEntry.DONE, record);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void recordDenial(AuditRecord record) {
    append(AuditEntry.DENIED, record);
  }

  /**
   * A model's entries in the order they were written, in people's names: each actor's display name
   * and unit, and each clue's number. Names are read in one query per kind, not one per entry.
   */
  @Transactional(TxType.SUPPORTS)
  public List<HistoryEntryResponse> entriesForModel(long modelId) {
    List<AuditEntry> entries =
        em.createQuery(
                "select e from AuditEntry e where e.modelId = :model order by e.seq",
                AuditEntry.class)
            .setParameter("model", modelId)
            .getResultList();
    Map<String, String[]> people = people(entries);
    Map<String, String> clues = clueNumbers(entries);
    return entries.stream()
        .map(
            e -> {
              String[] person =
                  people.getOrDefault(e.actor(), new String[] {e.actor(), null, null});
              String subject = CLUE.equals(e.entityType()) ? clues.get(e.entityId()) : null;
              String principal =
                  e.onBehalfOf() == null
                      ? null
                      : people.getOrDefault(e.onBehalfOf(), new String[] {e.onBehalfOf()})[0];
              return e.toHistory(person[0], person[1], person[2], subject, principal);
            })
        .toList();
  }

  /**
   * Display name, unit name and unit code by username, of the actors and those they stood in for.
   */
  private Map<String, String[]> people(List<AuditEntry> entries) {
    Set<String> usernames = new HashSet<>();
    for (AuditEntry e : entries) {
      usernames.add(e.actor());
      if (e.onBehalfOf() != null) {
        usernames.add(e.onBehalfOf());
      }
    }
    Map<String, String[]> people = new HashMap<>();
    if (!usernames.isEmpty()) {
      em.createQuery(
              "select u.username, u.displayName, n.name, n.code from UserAccount u left join u.unit n"
                  + " where u.username in :names",
              Object[].class)
          .setParameter("names", usernames)
          .getResultStream()
          .forEach(
              row ->
                  people.put(
                      (String) row[0],
                      new String[] {(String) row[1], (String) row[2], (String) row[3]}));
    }
    return people;
  }

  /** The number (external reference) of each clue the entries are about, by clue id. */
  private Map<String, String> clueNumbers(List<AuditEntry> entries) {
    Set<Long> ids = new HashSet<>();
    for (AuditEntry e : entries) {
      if (CLUE.equals(e.entityType())
          && e.entityId() != null
          && e.entityId().matches("\\d{1,18}")) {
        ids.add(Long.valueOf(e.entityId()));
      }
    }
    Map<String, String> numbers = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select c.id, c.externalRef from Clue c where c.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultStream()
          .forEach(row -> numbers.put(String.valueOf(row[0]), (String) row[1]));
    }
    return numbers;
  }

  /** Walks the chain in pages and reports the first entry that does not fit. */
  @Transactional(TxType.SUPPORTS)
  public ChainVerificationResponse verifyChain() {
    String expectedPrev = AuditChain.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    while (true) {
      List<AuditEntry> page =
          em.createQuery(
                  "select e from AuditEntry e where e.seq >= :from order by e.seq",
                  AuditEntry.class)
              .setParameter("from", expectedSeq)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEntry entry : page) {
        String problem = null;
        if (entry.seq() != expectedSeq) {
          problem = ENTRY_MISSING;
        } else if (!entry.prevHash().equals(expectedPrev)) {
          problem = LINK_BROKEN;
        } else if (!AuditChain.hash(entry).equals(entry.hash())) {
          problem = CONTENT_CHANGED;
        }
        if (problem != null) {
          return new ChainVerificationResponse(false, checked, expectedSeq, problem);
        }
        checked++;
        expectedSeq++;
        expectedPrev = entry.hash();
      }
      em.clear();
      if (page.size() < PAGE) {
        break;
      }
    }
    AuditHead head = em.find(AuditHead.class, AuditHead.ID);
    if (head.lastSeq() != checked) {
      return new ChainVerificationResponse(false, checked, checked + 1, TAIL_MISSING);
    }
    return new ChainVerificationResponse(true, checked, null, null);
  }

  private void append(String outcome, AuditRecord record) {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEntry entry =
        new AuditEntry(head.lastSeq() + 1, clock.instant(), outcome, record, head.lastHash());
    em.persist(entry);
    head.advance(entry);
    em.flush();
  }
}
