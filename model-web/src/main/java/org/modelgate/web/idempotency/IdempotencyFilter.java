package org.modelgate.web.idempotency;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.web.problem.ConcurrentChange;
import org.modelgate.web.problem.DatabaseUnavailable;
import org.modelgate.web.problem.PayloadTooLargeException;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemType;
import org.modelgate.web.problem.UnexpectedFailureMapper;
import org.modelgate.web.rest.RequestSizeLimit;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.idempotency.IdempotencyRecord;
import org.modelgate.workflow.idempotency.IdempotencyStore;
import org.modelgate.workflow.persistence.UniqueKeyViolation;

/**
 * Honours {@code Idempotency-Key} on state-changing API calls. The request runs in ONE transaction
 * begun here, which the services join: the key is claimed first, the response is stored with the
 * action's own changes, and the response leaves only after the commit. A retry with the same key
 * and the same request gets the stored response ({@code Idempotency-Replayed: true}) and acts not
 * again; the same key with another request gets 422. Failed requests (not 2xx) store nothing, so
 * they may be retried.
 */
@WebFilter("/api/*")
public class IdempotencyFilter extends HttpFilter {

  static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 200;
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

  @Resource UserTransaction transaction;
  @Inject IdempotencyStore store;
  @Inject LifecycleSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = request.getHeader(HEADER);
    if (key == null
        || !STATE_CHANGING.contains(request.getMethod())
        || request.getUserPrincipal() == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!validKey(key)) {
      Problem.invalid(
              List.of(
                  FieldViolation.of(
                      HEADER, "Format", "idempotency.key-format", "maxLength", MAX_KEY_LENGTH)))
          .write(request, response);
      return;
    }
    String username = request.getUserPrincipal().getName();
    long limit =
        Math.max(settings.attachmentMaxBytes() + 64 * 1024, RequestSizeLimit.MAX_CSV_BYTES);
    CachedBodyRequest cached;
    try {
      cached = new CachedBodyRequest(request, limit);
    } catch (CachedBodyRequest.TooLargeException e) {
      PayloadTooLargeException.tooLarge(limit).write(request, response);
      return;
    }
    String fingerprint = fingerprint(request, cached.body());
    var earlier = store.find(username, key);
    if (earlier.isPresent()) {
      replay(earlier.get(), fingerprint, request, response);
      return;
    }
    run(username, key, fingerprint, cached, response, chain);
  }

  private void run(
      String username,
      String key,
      String fingerprint,
      CachedBodyRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    try {
      transaction.begin();
    } catch (Exception e) {
      throw new ServletException("could not begin a transaction", e);
    }
    try {
      store.claim(username, key, fingerprint);
    } catch (PersistenceException e) {
      rollbackQuietly();
      if (!UniqueKeyViolation.any(e)) {
        // not the key taken by another request (the record's only unique key): an outage or a bug
        failed(e, request, response);
        return;
      }
      // Another request with this key committed first (or is still running).
      var first = store.find(username, key);
      if (first.isPresent()) {
        replay(first.get(), fingerprint, request, response);
      } else {
        inProgress().write(request, response);
      }
      return;
    }
    BufferedResponse buffered = new BufferedResponse(response);
    try {
      chain.doFilter(request, buffered);
    } catch (IOException | ServletException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
    int status = buffered.getStatus();
    if (status < 200 || status >= 300) {
      rollbackQuietly();
      buffered.release();
      return;
    }
    try {
      store.complete(
          username,
          key,
          status,
          response.getContentType(),
          response.getHeader("Location"),
          response.getHeader("ETag"),
          buffered.body());
      transaction.commit();
    } catch (Exception e) {
      rollbackQuietly();
      response.reset();
      if (ConcurrentChange.causes(e) || UniqueKeyViolation.any(e)) {
        LOG.log(Level.INFO, "idempotent request lost a race at commit", e);
        ConcurrentChange.problem().write(request, response);
      } else {
        failed(e, request, response);
      }
      return;
    }
    buffered.release();
  }

  /** A failure that is no conflict: 503 when the database is unreachable, else an incident. */
  private static void failed(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (DatabaseUnavailable.causes(e)) {
      LOG.log(Level.WARNING, "idempotent request: database unavailable", e);
      response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
      UnexpectedFailureMapper.databaseUnavailable().write(request, response);
    } else {
      UnexpectedFailureMapper.incident(e).write(request, response);
    }
  }

  private static void replay(
      IdempotencyRecord record,
      String fingerprint,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (!record.fingerprint().equals(fingerprint)) {
      Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency.key-reused")
          .write(request, response);
      return;
    }
    if (record.status() == 0) {
      inProgress().write(request, response);
      return;
    }
    response.setStatus(record.status());
    if (record.contentType() != null) {
      response.setContentType(record.contentType());
    }
    if (record.location() != null) {
      response.setHeader("Location", record.location());
    }
    if (record.etag() != null) {
      response.setHeader("ETag", record.etag());
    }
    response.setHeader("Idempotency-Replayed", "true");
    byte[] body = record.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** 409: the first request with this key is still running; retry later. */
  private static Problem inProgress() {
    return Problem.of(ProblemType.CONFLICT, "idempotency.in-progress");
  }

  private void rollbackQuietly() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "rollback failed", e);
    }
  }

  static boolean validKey(String key) {
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      return false;
    }
    return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }

  private static String fingerprint(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String head =
          request.getMethod()
              + " "
              + request.getRequestURI()
              + "?"
              + request.getQueryString()
              + "\n";
      digest.update(head.getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
