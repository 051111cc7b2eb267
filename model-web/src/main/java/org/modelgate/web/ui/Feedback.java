package org.modelgate.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.modelgate.api.failure.AccessDeniedException;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.FieldViolation;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.failure.LifecycleViolationException;
import org.modelgate.api.failure.ModelGateException;
import org.modelgate.api.failure.StaleVersionException;
import org.modelgate.web.problem.ConstraintViolationMapper;
import org.modelgate.web.problem.ProblemTexts;

/**
 * Runs a page's call to a service and turns a refusal into messages people can act on: a broken
 * input rule next to the input it names, someone-else-was-first as a conflict with the advice to
 * reload, a denial as such. The services decide; this only words their answer in the page's
 * language.
 *
 * <p>Convention: an input's id is the name of the request field it fills, unique on its page.
 */
public final class Feedback {

  private Feedback() {}

  /** Runs {@code action}; on success shows {@code successKey}'s text. True if it succeeded. */
  public static boolean run(Runnable action, String successKey, Object... arguments) {
    return call(
            () -> {
              action.run();
              return Boolean.TRUE;
            },
            successKey,
            arguments)
        .isPresent();
  }

  /** Calls {@code action}; on success shows {@code successKey}'s text (if not null). */
  public static <T> Optional<T> call(Supplier<T> action, String successKey, Object... arguments) {
    try {
      T result = action.get();
      if (successKey != null) {
        info(Texts.get(successKey, arguments));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      }
      return Optional.of(result);
    } catch (ModelGateException | ConstraintViolationException e) {
      report(e);
      FacesContext.getCurrentInstance().validationFailed();
      return Optional.empty();
    }
  }

  /**
   * Rehearses {@code action}: runs it in a transaction that is always rolled back, so that the
   * services check everything they would check, and shows their refusals as {@link #call} does.
   * Irreversible actions ask "are you sure?" only after this passed (the page's {@code oncomplete}
   * opens the confirmation when validation did not fail). Nothing is saved, sent or audited as
   * done: notices and e-mail leave only after a commit.
   *
   * @return whether the action would succeed now
   */
  public static boolean rehearse(Runnable action) {
    return rehearse(action, Map.of());
  }

  /**
   * {@link #rehearse(Runnable)} on a page whose inputs are not named like the request's fields:
   * {@code inputs} maps a field to the id of the input that fills it.
   */
  public static boolean rehearse(Runnable action, Map<String, String> inputs) {
    UserTransaction transaction;
    try {
      transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
      transaction.begin();
    } catch (NamingException | NotSupportedException | SystemException e) {
      throw new IllegalStateException("no transaction for a rehearsal", e);
    }
    try {
      action.run();
      return true;
    } catch (InvalidInputException e) {
      report(
          new InvalidInputException(
              e.violations().stream()
                  .map(
                      v ->
                          new FieldViolation(
                              inputs.getOrDefault(v.field(), v.field()),
                              v.rule(),
                              v.message(),
                              v.code(),
                              v.allowed(),
                              v.args()))
                  .toList()));
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    } catch (ModelGateException | ConstraintViolationException e) {
      report(e);
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    } finally {
      try {
        transaction.rollback();
      } catch (SystemException e) {
        throw new IllegalStateException("a rehearsal could not be rolled back", e);
      }
    }
  }

  /**
   * Loads what a page shows when it opens. A model the caller may not see, or that does not exist,
   * answers 403 or 404 and the friendly error page, as the API would.
   */
  public static <T> Optional<T> load(Supplier<T> loader) {
    try {
      return Optional.of(loader.get());
    } catch (AccessDeniedException e) {
      sendError(403, worded(e));
    } catch (EntityNotFoundException e) {
      sendError(404, worded(e));
    }
    return Optional.empty();
  }

  /**
   * After an action on a model: the page shown next (this one or the one redirected to) offers a
   * link to the model's next step, under the success message.
   */
  public static void nextStep(long modelId) {
    var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
    flash.putNow(NEXT_STEP, modelId);
    flash.put(NEXT_STEP, modelId);
  }

  /** The flash key of {@link #nextStep}. */
  public static final String NEXT_STEP = "nextStepModel";

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private static void report(RuntimeException failure) {
    switch (failure) {
      case ConstraintViolationException invalid -> {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
          field(violation.getPropertyPath().toString(), localized(violation));
        }
      }
      case InvalidInputException invalid -> {
        for (FieldViolation violation : invalid.violations()) {
          FieldViolation worded = ProblemTexts.word(locale(), violation);
          field(
              violation.field(),
              worded.code() != null
                  ? worded.message()
                  : Texts.getOrDefault("violation." + violation.rule(), violation.message()));
        }
      }
      case AccessDeniedException denied ->
          error(null, Texts.get("feedback.denied", worded(denied)));
      case EntityNotFoundException missing ->
          error(null, Texts.get("feedback.notFound", worded(missing)));
      case StaleVersionException stale -> error(null, Texts.get("feedback.stale", worded(stale)));
      case LifecycleViolationException conflict ->
          error(null, Texts.get("feedback.conflict", worded(conflict)));
      case ModelGateException other -> error(null, worded(other));
      default -> error(null, failure.getMessage());
    }
  }

  /** A service's refusal in the page's language. */
  public static String worded(ModelGateException failure) {
    return failure.code() == null
        ? failure.getMessage()
        : ProblemTexts.word(locale(), failure.code(), failure.args());
  }

  /** A broken input rule's message in the page's language. */
  public static String worded(FieldViolation violation) {
    FieldViolation worded = ProblemTexts.word(locale(), violation);
    return worded.message() != null ? worded.message() : violation.rule();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The message next to the input named like the field, or at the top if the page has none. */
  private static void field(String field, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String[] clientId = new String[1];
    faces
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(faces),
            (context, component) -> {
              if (component instanceof UIInput && field.equals(component.getId())) {
                clientId[0] = component.getClientId(faces);
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    if (clientId[0] != null) {
      error(clientId[0], text);
    } else {
      error(null, Texts.get("feedback.field", Texts.getOrDefault("field." + field, field), text));
    }
  }

  /** The violation's message in the page's language, worded from its code like the API's. */
  private static String localized(ConstraintViolation<?> violation) {
    return ProblemTexts.word(locale(), ConstraintViolationMapper.violation(violation)).message();
  }

  private static void sendError(int status, String detail) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, detail);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
