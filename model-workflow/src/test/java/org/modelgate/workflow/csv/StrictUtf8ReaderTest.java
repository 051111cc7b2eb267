package org.modelgate.workflow.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

  /** Hands out one byte per read, so every multi-byte character is split across reads. */
  static InputStream oneByteAtATime(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] target, int offset, int length) throws IOException {
        return super.read(target, offset, Math.min(1, length));
      }
    };
  }

  static String readUntilFailure(Reader reader, StringBuilder into) throws IOException {
    char[] buffer = new char[4096];
    for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
      into.append(buffer, 0, read);
    }
    return into.toString();
  }

  @Test
  void shouldDecodeCharactersSplitAcrossReads() throws IOException {
    String text = "线索𠀀摘要,é\n".repeat(3);
    var reader = new StrictUtf8Reader(oneByteAtATime(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(readUntilFailure(reader, new StringBuilder())).isEqualTo(text);
    assertThat(reader.read(new char[8])).as("again after the end").isEqualTo(-1);
  }

  @Test
  void shouldHandOutEveryCharacterBeforeTheBadByteThenFail() {
    byte[] good = "第一行\n第二".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 2);
    bytes[good.length] = (byte) 0xD5; // GBK 张
    bytes[good.length + 1] = (byte) 0xC5;
    var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));
    var read = new StringBuilder();

    assertThatThrownBy(() -> readUntilFailure(reader, read))
        .isInstanceOf(MalformedInputException.class);
    assertThat(read).hasToString("第一行\n第二");
  }

  @Test
  void shouldFailOnACharacterCutOffAtTheEnd() {
    byte[] whole = "线索".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    var reader = new StrictUtf8Reader(new ByteArrayInputStream(cut));
    var read = new StringBuilder();

    assertThatThrownBy(() -> readUntilFailure(reader, read))
        .isInstanceOf(MalformedInputException.class);
    assertThat(read).hasToString("线");
  }
}
