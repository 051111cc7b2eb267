package org.modelgate.workflow.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.organisation.UserAccount;

/** One delivery of one notice through the channels, in its own transaction. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class NoticeDelivery {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  void deliver(long noticeId, List<NoticeChannel> channels) throws Exception {
    Notice notice = em.find(Notice.class, noticeId);
    if (notice == null || notice.getMailState() == Notice.MailState.SENT) {
      return;
    }
    NoticeChannel.Outgoing outgoing =
        new NoticeChannel.Outgoing(
            noticeId,
            notice.getCode(),
            notice.getArguments(),
            notice.getModelId(),
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

  void markFailed(long noticeId) {
    Notice notice = em.find(Notice.class, noticeId);
    if (notice != null) {
      notice.setMailState(Notice.MailState.FAILED);
    }
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
