package org.modelgate.web.ui.forum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modelgate.api.common.OfficeTime;
import org.modelgate.api.common.UserRef;
import org.modelgate.api.forum.CreateForumRequest;
import org.modelgate.api.forum.ForumResponse;
import org.modelgate.api.forum.ForumService;
import org.modelgate.api.organisation.OrganisationService;
import org.modelgate.api.security.Role;
import org.modelgate.web.ui.Feedback;
import org.modelgate.workflow.model.AccessPolicy;

/**
 * The forums the user may see, upcoming first, and for the digital office the form that schedules a
 * new one: when, where, who presides, who is invited to review.
 */
@Named
@ViewScoped
public class ForumsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ForumService forumService;
  @Inject OrganisationService organisation;
  @Inject AccessPolicy access;

  private List<ForumResponse> forums;
  private List<UserRef> leaders;
  private List<UserRef> reviewers;
  private String title;
  private LocalDateTime scheduledAt;
  private String place;
  private Long presidingLeaderId;
  private List<Long> reviewerIds = new ArrayList<>();

  /**
   * Opens the page with the forums the user may see, upcoming first (soonest first), then past ones
   * (latest first); 403 if the user may see none.
   */
  public void load() {
    Instant now = Instant.now();
    forums =
        Feedback.load(() -> forumService.list())
            .map(
                list ->
                    list.stream()
                        .sorted(
                            Comparator.comparing(
                                    (ForumResponse forum) -> forum.scheduledAt().isBefore(now))
                                .thenComparing(
                                    (a, b) ->
                                        a.scheduledAt().isBefore(now)
                                            ? b.scheduledAt().compareTo(a.scheduledAt())
                                            : a.scheduledAt().compareTo(b.scheduledAt())))
                        .toList())
            .orElse(List.of());
  }

  public List<ForumResponse> getForums() {
    return forums;
  }

  public boolean upcoming(ForumResponse forum) {
    return forum.scheduledAt().isAfter(Instant.now());
  }

  /** Whether the user schedules forums: the access policy's answer (the digital office). */
  public boolean isScheduler() {
    return access.callerInOffice();
  }

  public List<UserRef> getLeaders() {
    if (leaders == null) {
      leaders = isScheduler() ? organisation.usersWithRole(Role.LEADER) : List.of();
    }
    return leaders;
  }

  public List<UserRef> getReviewers() {
    if (reviewers == null) {
      reviewers = isScheduler() ? organisation.reviewers() : List.of();
    }
    return reviewers;
  }

  /** Schedules the forum and opens it, to put models on its agenda. */
  public String create() {
    Instant at = scheduledAt == null ? null : scheduledAt.atZone(OfficeTime.ZONE).toInstant();
    return Feedback.call(
            () ->
                forumService.create(
                    new CreateForumRequest(
                        title, at, place, presidingLeaderId, List.copyOf(reviewerIds))),
            "forum.created")
        .map(forum -> "/forum?faces-redirect=true&id=" + forum.id())
        .orElse(null);
  }

  /**
   * The earliest time offered: the start of today in the office's time zone (forums may be today).
   */
  public LocalDateTime getMinDate() {
    return LocalDate.now(OfficeTime.ZONE).atStartOfDay();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public void setScheduledAt(LocalDateTime scheduledAt) {
    this.scheduledAt = scheduledAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Long getPresidingLeaderId() {
    return presidingLeaderId;
  }

  public void setPresidingLeaderId(Long presidingLeaderId) {
    this.presidingLeaderId = presidingLeaderId;
  }

  public List<Long> getReviewerIds() {
    return reviewerIds;
  }

  public void setReviewerIds(List<Long> reviewerIds) {
    this.reviewerIds = reviewerIds == null ? new ArrayList<>() : new ArrayList<>(reviewerIds);
  }
}
