package org.modelgate.workflow.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** That a reader's daily digest of one day went out (it goes once per reader and day). */
@Entity
@Table(name = "mg_notice_digest")
@IdClass(NoticeDigest.Key.class)
public class NoticeDigest {

  /** Reader and day identify a row. */
  public static class Key implements Serializable {
    private String username;
    private LocalDate sentOn;

    public Key() {}

    public Key(String username, LocalDate sentOn) {
      this.username = username;
      this.sentOn = sentOn;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(username, key.username)
          && Objects.equals(sentOn, key.sentOn);
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, sentOn);
    }
  }

  @Id
  @Column(length = 64)
  private String username;

  @Id
  @Column(name = "sent_on")
  private LocalDate sentOn;

  protected NoticeDigest() {}

  NoticeDigest(String username, LocalDate sentOn) {
    this.username = username;
    this.sentOn = sentOn;
  }
}
