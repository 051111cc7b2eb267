package org.modelgate.workflow.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That one reader has read one notice (a group notice is read member by member). */
@Entity
@Table(name = "mg_notice_read")
@IdClass(NoticeRead.Key.class)
public class NoticeRead {

  /** Notice and reader identify a row. */
  public static class Key implements Serializable {
    private Long noticeId;
    private String username;

    public Key() {}

    public Key(Long noticeId, String username) {
      this.noticeId = noticeId;
      this.username = username;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(noticeId, key.noticeId)
          && java.util.Objects.equals(username, key.username);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(noticeId, username);
    }
  }

  @Id
  @Column(name = "notice_id")
  private Long noticeId;

  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected NoticeRead() {}

  NoticeRead(long noticeId, String username, Instant readAt) {
    this.noticeId = noticeId;
    this.username = username;
    this.readAt = readAt;
  }
}
