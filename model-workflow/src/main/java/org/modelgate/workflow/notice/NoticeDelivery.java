package org.modelgate.workflow.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.organisation.UserAccount;

/** One delivery of one notice through the channels, in its own transaction. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class NoticeDelivery {

  /** At most this many notices in one digest (the newest). */
  static final int DIGEST_SIZE = 50;

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject DefaultNoticeService noticeService;

  void deliver(long noticeId, List<NoticeChannel> channels) throws Exception {
    Notice notice = em.find(Notice.class, noticeId);
    if (notice == null || notice.getMailState() == Notice.MailState.SENT) {
      return;
    }
    NoticeChannel.Outgoing outgoing =
        outgoing(
            notice,
            readers(notice).stream()
                .map(
                    user ->
                        new NoticeChannel.Reader(
                            user.getUsername(), user.getDisplayName(), user.getEmail()))
                .toList());
    for (NoticeChannel channel : channels) {
      channel.deliver(outgoing);
    }
    notice.setMailState(Notice.MailState.SENT);
  }

  /** Counts a failed try; after {@code maxAttempts} the e-mail is given up (FAILED). */
  void countFailure(long noticeId, int maxAttempts) {
    Notice notice = em.find(Notice.class, noticeId);
    if (notice != null && notice.getMailState() == Notice.MailState.PENDING) {
      notice.countFailedMail();
      if (notice.getMailAttempts() >= maxAttempts) {
        notice.setMailState(Notice.MailState.FAILED);
      }
    }
  }

  /** The notices whose e-mail is still pending since before {@code before}. */
  List<Long> pendingBefore(Instant before, int maxAttempts) {
    return em.createQuery(
            "select n.id from Notice n where n.mailState = :pending and n.createdAt < :before"
                + " and n.mailAttempts < :max order by n.id",
            Long.class)
        .setParameter("pending", Notice.MailState.PENDING)
        .setParameter("before", before)
        .setParameter("max", maxAttempts)
        .setMaxResults(500)
        .getResultList();
  }

  /** One reader's digest: their unread notices, newest first. */
  record Digest(NoticeChannel.Reader reader, List<NoticeChannel.Outgoing> notices) {}

  /** The digests of {@code day} not sent yet: readers with an e-mail address and unread notices. */
  List<Digest> digestsDue(LocalDate day) {
    List<UserAccount> readers =
        em.createQuery(
                "select u from UserAccount u where u.email is not null and not exists"
                    + " (select d from NoticeDigest d where d.username = u.username and d.sentOn = :day)",
                UserAccount.class)
            .setParameter("day", day)
            .getResultList();
    List<Digest> digests = new ArrayList<>();
    for (UserAccount user : readers) {
      if (!user.isEnabled() || user.getEmail().isBlank()) {
        continue;
      }
      NoticeChannel.Reader reader =
          new NoticeChannel.Reader(user.getUsername(), user.getDisplayName(), user.getEmail());
      List<NoticeChannel.Outgoing> unread =
          noticeService.unread(caller(user), DIGEST_SIZE).stream()
              .map(n -> outgoing(n, List.of(reader)))
              .toList();
      if (!unread.isEmpty()) {
        digests.add(new Digest(reader, unread));
      }
    }
    return digests;
  }

  /** Records that the reader's digest of {@code day} went out. */
  void recordDigest(String username, LocalDate day) {
    if (em.find(NoticeDigest.class, new NoticeDigest.Key(username, day)) == null) {
      em.persist(new NoticeDigest(username, day));
    }
  }

  private static Caller caller(UserAccount user) {
    return new Caller(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getUnit().getId(),
        user.getUnit().isCityWide(),
        user.roles());
  }

  private static NoticeChannel.Outgoing outgoing(
      Notice notice, List<NoticeChannel.Reader> readers) {
    return new NoticeChannel.Outgoing(
        notice.getId(), notice.getCode(), notice.getArguments(), notice.getModelId(), readers);
  }

  /**
   * The enabled users a notice is addressed to. Flags are checked here rather than in JPQL, where
   * EclipseLink may inline a boolean as 0 that H2 will not compare with a boolean column.
   */
  List<UserAccount> readers(Notice notice) {
    List<UserAccount> candidates;
    if (notice.getRecipientUser() != null) {
      candidates =
          em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
              .setParameter("name", notice.getRecipientUser())
              .getResultList();
    } else {
      var query =
          em.createQuery(
                  "select distinct u from UserAccount u join u.roles r where r = :role"
                      + (notice.getRecipientUnitId() == null ? "" : " and u.unit.id = :unit"),
                  UserAccount.class)
              .setParameter("role", Role.ofRoleName(notice.getRecipientRole()).roleName());
      if (notice.getRecipientUnitId() != null) {
        query.setParameter("unit", notice.getRecipientUnitId());
      }
      candidates = query.getResultList();
    }
    return candidates.stream()
        .filter(UserAccount::isEnabled)
        .filter(user -> !notice.isRecipientCityWide() || user.getUnit().isCityWide())
        .toList();
  }
}
