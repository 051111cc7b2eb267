package org.modelgate.workflow.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.UserAccount;

/**
 * Raises notices: features call it where something asks a person to act or tells them an outcome.
 * The notice is written in the caller's transaction, so that it exists exactly when the event does;
 * the channels (e-mail) are called only after that transaction committed.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class Notices {

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject Clock clock;
  @Inject NoticeDispatch dispatch;

  /** A notice about the model to each recipient; the model's title goes first. */
  public List<Notice> raise(
      Collection<Recipient> to, NoticeKind kind, long modelId, String... arguments) {
    SupervisionModel model = em.find(SupervisionModel.class, modelId);
    List<String> values = new ArrayList<>();
    values.add(model == null ? String.valueOf(modelId) : model.getTitle());
    values.addAll(List.of(arguments));
    List<Notice> raised = new ArrayList<>();
    for (Recipient recipient : new LinkedHashSet<>(to)) {
      Notice notice = new Notice(kind, values, modelId, recipient, clock.instant());
      em.persist(notice);
      em.flush();
      dispatch.afterCommit(notice);
      raised.add(notice);
    }
    return raised;
  }

  /**
   * Raises the notice unless one about {@code subject} was raised before: for the events a sweep
   * finds again each time it runs (a review due, a task overdue).
   *
   * @return whether it was raised now
   */
  public boolean raiseOnce(
      String subject,
      Collection<Recipient> to,
      NoticeKind kind,
      long modelId,
      String... arguments) {
    boolean raised =
        em.createQuery("select count(n) from Notice n where n.subject = :subject", Long.class)
                .setParameter("subject", subject)
                .getSingleResult()
            > 0;
    if (raised) {
      return false;
    }
    for (Notice notice : raise(to, kind, modelId, arguments)) {
      notice.setSubject(subject);
    }
    return true;
  }

  public void raise(Recipient to, NoticeKind kind, long modelId, String... arguments) {
    raise(List.of(to), kind, modelId, arguments);
  }

  /** A notice to the model's creator and co-creators. */
  public void toCreators(SupervisionModel model, NoticeKind kind, String... arguments) {
    Set<Recipient> creators = new LinkedHashSet<>();
    creators.add(Recipient.user(model.getCreatedBy().getUsername()));
    for (UserAccount coCreator : model.getCoCreators()) {
      creators.add(Recipient.user(coCreator.getUsername()));
    }
    raise(creators, kind, model.getId(), arguments);
  }
}
