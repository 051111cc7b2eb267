package org.modelgate.api.failure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Root of the business failures. Unchecked, so that a container-managed transaction rolls back when
 * one escapes a service.
 *
 * <p>A failure is data: a stable {@code code} (e.g. {@code model.not-withdrawable}) and its named
 * arguments (e.g. {@code stage → ON_HOLD}). The web layer words it in the caller's language from
 * its message bundles; the services never word anything. {@link #getMessage()} is the code with its
 * arguments, for logs.
 */
public abstract class ModelGateException extends RuntimeException {

  /** How a code looks: dotted lower-case words, e.g. {@code clue.duplicate-ref}. */
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

  private final String code;
  private final Map<String, Object> args;

  /**
   * @param code the stable code
   * @param keysAndValues the arguments as name, value, name, value, …
   */
  protected ModelGateException(String code, Object... keysAndValues) {
    super(code + (keysAndValues.length == 0 ? "" : " " + arguments(keysAndValues)));
    if (!CODE.matcher(code).matches()) {
      // Transitional: a few callers still pass a worded message instead of a code (the
      // NoChineseLiteralsTest lists them); they are answered with the generic code of their class.
      this.code = null;
    } else {
      this.code = code;
    }
    this.args = arguments(keysAndValues);
  }

  /** The stable code, or null for a message not yet turned into one. */
  public String code() {
    return code;
  }

  /** The named arguments, in the order given; values may be null. */
  public Map<String, Object> args() {
    return args;
  }

  static Map<String, Object> arguments(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as name, value pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
