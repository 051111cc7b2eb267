package org.modelgate.workflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over a length-prefixed encoding of every field and the
 * previous entry's hash. Length prefixes make the encoding unambiguous (no two different entries
 * encode alike), so no field's content can be shifted into its neighbour.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String hash(AuditEntry entry) {
    return sha256(encode(entry.hashedFields()));
  }

  /** {@code length:value|} per field, {@code -1:|} for null. */
  static String encode(Object... fields) {
    StringBuilder encoded = new StringBuilder(256);
    for (Object field : fields) {
      if (field == null) {
        encoded.append("-1:|");
      } else {
        String value = field.toString();
        encoded.append(value.length()).append(':').append(value).append('|');
      }
    }
    return encoded.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
