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

  /** The enabled users a notice is addressed to. */
  List<UserAccount> readers(Notice notice) {
    if (notice.getRecipientUser() != null) {
      return em.createQuery(
              "select u from UserAccount u where u.username = :name and u.enabled = :yes",
              UserAccount.class)
          .setParameter("name", notice.getRecipientUser())
          .setParameter("yes", Boolean.TRUE)
          .getResultList();
    }
    String query =
        "select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = :yes"
            + (notice.getRecipientUnitId() == null ? "" : " and u.unit.id = :unit")
            + (notice.isRecipientCityWide() ? " and u.unit.cityWide = :yes" : "");
    var typed =
        em.createQuery(query, UserAccount.class)
            .setParameter("role", Role.ofRoleName(notice.getRecipientRole()).roleName())
            .setParameter("yes", Boolean.TRUE);
    if (notice.getRecipientUnitId() != null) {
      typed.setParameter("unit", notice.getRecipientUnitId());
    }
    return typed.getResultList();
  }
}
