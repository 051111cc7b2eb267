package org.modelgate.workflow.notice;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands notices to the channels after the transaction that raised them committed, never inside it:
 * a slow or failing SMTP server neither slows nor fails the user's action, and a rolled-back action
 * sends nothing. Each delivery is a task on the managed scheduled executor, retried with growing
 * pauses ({@link #PAUSES}), then by the hourly {@link NoticeSweep} (which also takes over after a
 * restart); the notice's mail state says SENT or, after {@link #MAX_ATTEMPTS} tries, FAILED.
 */
@ApplicationScoped
public class NoticeDispatch {

  /** The pauses before the second, third and fourth try. */
  static final List<Duration> PAUSES =
      List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5));

  /** Tries in all, the sweep's included, before a notice's e-mail is given up as FAILED. */
  static final int MAX_ATTEMPTS = 8;

  /** How old a pending e-mail must be before the sweep takes it as interrupted and retries it. */
  static final Duration STALE = Duration.ofMinutes(10);

  private static final Logger LOG = Logger.getLogger(NoticeDispatch.class.getName());
  private static final Object PENDING_KEY = NoticeDispatch.class.getName() + ".pending";

  @Resource TransactionSynchronizationRegistry transactions;
  @Resource ManagedScheduledExecutorService executor;
  @Inject Instance<NoticeChannel> channels;
  @Inject NoticeDelivery delivery;

  /** Whether any channel is configured. */
  public boolean anyChannel() {
    return channels.stream().anyMatch(NoticeChannel::enabled);
  }

  /** Queues the notice for the channels once the current transaction has committed. */
  void afterCommit(Notice notice) {
    if (!anyChannel()) {
      return;
    }
    notice.setMailState(Notice.MailState.PENDING);
    @SuppressWarnings("unchecked")
    List<Long> pending = (List<Long>) transactions.getResource(PENDING_KEY);
    if (pending == null) {
      List<Long> ids = new ArrayList<>();
      transactions.putResource(PENDING_KEY, ids);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                ids.forEach(id -> attempt(id, 0));
              }
            }
          });
      pending = ids;
    }
    pending.add(notice.getId());
  }

  /**
   * Tries again the e-mail of notices still pending a while after they were raised: a restart
   * interrupted their tries, or the quick retries ran out. One try each, after this sweep.
   *
   * @return how many are tried
   */
  int retryPending(Instant now) {
    if (!anyChannel()) {
      return 0;
    }
    List<Long> pending = delivery.pendingBefore(now.minus(STALE), MAX_ATTEMPTS);
    pending.forEach(id -> attempt(id, PAUSES.size()));
    return pending.size();
  }

  /**
   * Sends each reader with an e-mail address and unread notices their digest of the day, unless it
   * went out already; the day is recorded only once it was sent, so a failed digest is tried again
   * by the next sweep.
   *
   * @return how many digests are on their way
   */
  int digests(LocalDate day) {
    List<NoticeDelivery.Digest> digests = delivery.digestsDue(day);
    List<NoticeChannel> enabled = channels.stream().filter(NoticeChannel::enabled).toList();
    for (NoticeDelivery.Digest digest : digests) {
      executor.execute(
          () -> {
            try {
              for (NoticeChannel channel : enabled) {
                channel.deliverDigest(digest.reader(), digest.notices());
              }
              delivery.recordDigest(digest.reader().username(), day);
            } catch (Exception e) {
              LOG.log(
                  Level.WARNING,
                  e,
                  () ->
                      "digest for " + digest.reader().username() + " not sent; tried again later");
            }
          });
    }
    return digests.size();
  }

  private void attempt(long noticeId, int failures) {
    Runnable task =
        () -> {
          try {
            delivery.deliver(noticeId, channels.stream().filter(NoticeChannel::enabled).toList());
          } catch (Exception e) {
            if (failures < PAUSES.size()) {
              LOG.log(
                  Level.WARNING,
                  e,
                  () ->
                      "notice "
                          + noticeId
                          + " not delivered (try "
                          + (failures + 1)
                          + "), retrying");
              delivery.countFailure(noticeId, MAX_ATTEMPTS);
              attempt(noticeId, failures + 1);
            } else {
              LOG.log(
                  Level.SEVERE,
                  e,
                  () -> "notice " + noticeId + " not delivered; the hourly sweep tries again");
              delivery.countFailure(noticeId, MAX_ATTEMPTS);
            }
          }
        };
    long pause = failures == 0 ? 0 : PAUSES.get(failures - 1).toMillis();
    executor.schedule(task, pause, TimeUnit.MILLISECONDS);
  }
}
