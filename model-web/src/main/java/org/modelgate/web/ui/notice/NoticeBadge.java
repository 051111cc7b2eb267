package org.modelgate.web.ui.notice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.modelgate.api.notice.NoticeService;

/** The unread count in the header of every page, asked once per request. */
@Named
@RequestScoped
public class NoticeBadge {

  @Inject NoticeService notices;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notices.unreadCount();
    }
    return unread;
  }
}
