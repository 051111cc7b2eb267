package org.modelgate.workflow.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.notice.NoticeResponse;
import org.modelgate.api.notice.NoticeService;
import org.modelgate.api.security.Caller;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.model.AccessPolicy;

/**
 * The caller's notices: those addressed to them by name and those addressed to a group they are in
 * (their role, in their unit or any unit, in a city-wide unit when the notice asks for one).
 * Reading is per reader, so marking a group notice read marks it for the caller only.
 */
@ApplicationScoped
@Transactional
public class DefaultNoticeService implements NoticeService {

  static final int MAX_PAGE_SIZE = 200;

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject Clock clock;

  @Override
  public PageResponse<NoticeResponse> mine(boolean unreadOnly, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw org.modelgate.api.failure.InvalidInputException.of(
          page < 0 ? "page" : "size",
          "Range",
          "notice.page-out-of-range",
          "page",
          page,
          "size",
          size,
          "max",
          MAX_PAGE_SIZE);
    }
    Caller caller = access.caller();
    long total = query(caller, unreadOnly, "count(n)", Long.class).getSingleResult();
    List<Notice> notices =
        query(caller, unreadOnly, "n", Notice.class)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    Set<Long> read = readAmong(caller, notices);
    return new PageResponse<>(
        notices.stream().map(n -> toResponse(n, read.contains(n.getId()))).toList(),
        page,
        size,
        total);
  }

  @Override
  public long unreadCount() {
    return query(access.caller(), true, "count(n)", Long.class).getSingleResult();
  }

  @Override
  public void markRead(long noticeId) {
    Caller caller = access.caller();
    Notice notice = em.find(Notice.class, noticeId);
    if (notice == null || !addressedTo(notice, caller)) {
      throw new EntityNotFoundException("notice", noticeId);
    }
    if (em.find(NoticeRead.class, new NoticeRead.Key(noticeId, caller.username())) == null) {
      em.persist(new NoticeRead(noticeId, caller.username(), clock.instant()));
    }
  }

  @Override
  public int markAllRead() {
    Caller caller = access.caller();
    List<Long> unread = query(caller, true, "n.id", Long.class).getResultList();
    Instant now = clock.instant();
    unread.forEach(id -> em.persist(new NoticeRead(id, caller.username(), now)));
    return unread.size();
  }

  /** A reader's unread notices, newest first, at most {@code max}: for the daily digest. */
  List<Notice> unread(Caller reader, int max) {
    return query(reader, true, "n", Notice.class).setMaxResults(max).getResultList();
  }

  /** Whether the notice is addressed to the caller; the same rule as the query's. */
  static boolean addressedTo(Notice notice, Caller caller) {
    if (notice.getRecipientUser() != null) {
      return notice.getRecipientUser().equals(caller.username());
    }
    return caller.has(Role.ofRoleName(notice.getRecipientRole()))
        && (notice.getRecipientUnitId() == null || notice.getRecipientUnitId() == caller.unitId())
        && (!notice.isRecipientCityWide() || caller.cityWide());
  }

  private <T> TypedQuery<T> query(Caller caller, boolean unreadOnly, String select, Class<T> type) {
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder("(n.recipientUser = :me");
    parameters.put("me", caller.username());
    if (!caller.roles().isEmpty()) {
      // one equality per role: EclipseLink inlines the values of some of these queries
      List<Role> roles = caller.roles().stream().sorted().toList();
      StringBuilder anyRole = new StringBuilder();
      for (int i = 0; i < roles.size(); i++) {
        anyRole.append(i == 0 ? "" : " or ").append("n.recipientRole = :role").append(i);
        parameters.put("role" + i, roles.get(i).roleName());
      }
      where.append(
          " or (("
              + anyRole
              + ")"
              + " and (n.recipientUnitId is null or n.recipientUnitId = :unit)"
              + (caller.cityWide() ? "" : " and n.recipientCityWide = 0")
              + ")");
      parameters.put("unit", caller.unitId());
    }
    where.append(")");
    if (unreadOnly) {
      where.append(
          " and not exists (select r from NoticeRead r where r.noticeId = n.id and r.username = :me)");
    }
    String order = select.startsWith("count") ? "" : " order by n.createdAt desc, n.id desc";
    TypedQuery<T> query =
        em.createQuery("select " + select + " from Notice n where " + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private Set<Long> readAmong(Caller caller, List<Notice> notices) {
    if (notices.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select r.noticeId from NoticeRead r where r.username = :me and r.noticeId in :ids",
                Long.class)
            .setParameter("me", caller.username())
            .setParameter("ids", notices.stream().map(Notice::getId).toList())
            .getResultList());
  }

  static NoticeResponse toResponse(Notice notice, boolean read) {
    List<String> arguments = notice.getArguments();
    return new NoticeResponse(
        notice.getId(),
        notice.getCode().name(),
        arguments,
        notice.getModelId(),
        notice.getModelId() == null || arguments.isEmpty() ? null : arguments.getFirst(),
        notice.getCreatedAt(),
        read,
        null);
  }
}
