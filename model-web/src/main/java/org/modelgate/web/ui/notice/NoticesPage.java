package org.modelgate.web.ui.notice;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.notice.NoticeResponse;
import org.modelgate.api.notice.NoticeService;
import org.modelgate.api.notice.NoticeTexts;

/**
 * The caller's notices, newest first, all or only the unread ones, marked read one by one or all.
 */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject NoticeService notices;

  private boolean unreadOnly;
  private int page;
  private List<NoticeResponse> items = List.of();
  private long total;

  public void load() {
    PageResponse<NoticeResponse> mine = notices.mine(unreadOnly, page, PAGE_SIZE);
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    items =
        mine.items().stream()
            .map(n -> n.withText(NoticeTexts.render(bundle, n.code(), n.arguments())))
            .toList();
    total = mine.total();
  }

  public void markRead(long id) {
    notices.markRead(id);
    load();
  }

  public void markAllRead() {
    notices.markAllRead();
    load();
  }

  public void next() {
    if ((long) (page + 1) * PAGE_SIZE < total) {
      page++;
      load();
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      load();
    }
  }

  public void filter() {
    page = 0;
    load();
  }

  public List<NoticeResponse> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return page;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }
}
