package org.modelgate.workflow.notice;

import java.util.List;

/**
 * A way a notice reaches people beyond the application's own pages: e-mail today, the procuratorate
 * portal's 待办 API later. Channels are called after the raising transaction committed, outside any
 * user's request; a channel that throws is retried.
 */
public interface NoticeChannel {

  /** A reader of a notice as a channel needs them. */
  record Reader(String username, String displayName, String email) {}

  /** A notice on its way out: its code, arguments (the model's title first) and its readers. */
  record Outgoing(
      long noticeId, NoticeKind kind, List<String> arguments, Long modelId, List<Reader> readers) {}

  /** Whether this channel is configured; an unconfigured channel is never called. */
  boolean enabled();

  /** Delivers the notice to each of its readers this channel can reach; throws to be retried. */
  void deliver(Outgoing notice) throws Exception;

  /**
   * Delivers one reader's daily digest of unread notices, if this channel has such a thing; throws
   * to be retried by the next sweep.
   */
  default void deliverDigest(Reader reader, List<Outgoing> unread) throws Exception {}
}
