package org.modelgate.web.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names of uploads and downloads in UTF-8. Browsers send a multipart file name as raw UTF-8
 * bytes in the part's {@code Content-Disposition} (RFC 7578 §4.2), which the multipart reader
 * decodes as ISO-8859-1 ({@code 模型说明.pdf} arrived as {@code æ¨¡å...}); a client may also send
 * {@code filename*=UTF-8''…} (RFC 8187). Downloads name the file both ways (RFC 6266 §4.3).
 */
final class FileNames {

  private static final Pattern EXTENDED =
      Pattern.compile("filename\\*\\s*=\\s*([^';\\s]+)'[^']*'([^;\\s]+)", Pattern.CASE_INSENSITIVE);

  private FileNames() {}

  /** The upload's file name as the client meant it; empty when the part has none. */
  static Optional<String> of(EntityPart part) {
    String disposition = part.getHeaders().getFirst("Content-Disposition");
    if (disposition != null) {
      Matcher extended = EXTENDED.matcher(disposition);
      if (extended.find() && "UTF-8".equalsIgnoreCase(extended.group(1))) {
        Optional<String> decoded = percentDecoded(extended.group(2));
        if (decoded.isPresent()) {
          return decoded;
        }
      }
    }
    return part.getFileName().filter(name -> !name.isEmpty()).map(FileNames::asUtf8);
  }

  /** A name whose characters are the bytes of UTF-8 text, decoded; any other name unchanged. */
  static String asUtf8(String name) {
    boolean high = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0xff) {
        return name; // already decoded as Unicode
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return name;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return name; // really Latin-1, e.g. "café.pdf" from an old client
    }
  }

  /** The {@code Content-Disposition} of a download: an ASCII fallback and the UTF-8 name. */
  static String attachment(String fileName) {
    StringBuilder fallback = new StringBuilder();
    for (int i = 0; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded(fileName);
  }

  /** RFC 8187 value characters: attr-char as is, every other UTF-8 byte percent-encoded. */
  static String encoded(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  private static Optional<String> percentDecoded(String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()) {
        try {
          bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
