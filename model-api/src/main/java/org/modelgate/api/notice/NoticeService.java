package org.modelgate.api.notice;

import org.modelgate.api.common.PageResponse;

/** The caller's notices: addressed to them by name or to a group they belong to. */
public interface NoticeService {

  /** The caller's notices, newest first; {@code page} counts from 0. */
  PageResponse<NoticeResponse> mine(boolean unreadOnly, int page, int size);

  /** How many of the caller's notices they have not read. */
  long unreadCount();

  /** Marks one of the caller's notices read; a notice not addressed to the caller is not found. */
  void markRead(long noticeId);

  /** Marks every notice of the caller read; returns how many were unread. */
  int markAllRead();
}
