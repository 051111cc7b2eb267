package org.modelgate.workflow.proposal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a model may carry, recognised by their first bytes and their extension together: a
 * file whose content does not match its name or declared type is refused.
 */
enum AttachmentType {
  PDF("application/pdf", ".pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ".docx",
      new byte[] {'P', 'K', 3, 4}),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ".xlsx",
      new byte[] {'P', 'K', 3, 4}),
  PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  AttachmentType(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  String mediaType() {
    return mediaType;
  }

  /** The type named by the file name, if it is one of ours ({@code .jpeg} counts as JPEG). */
  static Optional<AttachmentType> byFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (AttachmentType type : values()) {
      if (lower.endsWith(type.extension) || (type == JPEG && lower.endsWith(".jpeg"))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Whether the content starts the way files of this type start. */
  boolean matches(byte[] content) {
    return content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }
}
