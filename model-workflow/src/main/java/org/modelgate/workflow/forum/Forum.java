package org.modelgate.workflow.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.modelgate.workflow.organisation.UserAccount;

/** A forum (论证会): when and where, who presides, who is invited to review. */
@Entity
@Table(name = "mg_forum")
public class Forum {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_forum")
  @SequenceGenerator(name = "mg_forum", sequenceName = "mg_forum_seq", allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(nullable = false, length = 200)
  private String place;

  @ManyToOne(optional = false)
  @JoinColumn(name = "presiding_leader_id")
  private UserAccount presidingLeader;

  @ManyToMany
  @JoinTable(
      name = "mg_forum_reviewer",
      joinColumns = @JoinColumn(name = "forum_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<UserAccount> reviewers = new HashSet<>();

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Forum() {}

  Forum(
      String title,
      Instant scheduledAt,
      String place,
      UserAccount presidingLeader,
      Set<UserAccount> reviewers,
      UserAccount createdBy,
      Instant createdAt) {
    this.title = title;
    this.scheduledAt = scheduledAt;
    this.place = place;
    this.presidingLeader = presidingLeader;
    this.reviewers = new HashSet<>(reviewers);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public String getPlace() {
    return place;
  }

  public UserAccount getPresidingLeader() {
    return presidingLeader;
  }

  public Set<UserAccount> getReviewers() {
    return Set.copyOf(reviewers);
  }

  public boolean invites(long userId) {
    return reviewers.stream().anyMatch(reviewer -> reviewer.getId() == userId);
  }
}
