package org.modelgate.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.modelgate.api.failure.InvalidInputException;

class AttachmentTypeTest {

  @Test
  void shouldRecogniseAllowedTypesByNameAndContent() {
    assertThat(AttachmentType.byFileName("说明.PDF")).contains(AttachmentType.PDF);
    assertThat(AttachmentType.byFileName("照片.jpeg")).contains(AttachmentType.JPEG);
    assertThat(AttachmentType.byFileName("规则.xlsx")).contains(AttachmentType.XLSX);
    assertThat(AttachmentType.byFileName("script.html")).isEmpty();
    assertThat(AttachmentType.PDF.matches("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(AttachmentType.PDF.matches("<html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(AttachmentType.PNG.matches(new byte[] {1, 2})).isFalse();
  }

  @Test
  void shouldReduceFileNamesToTheirLastPathElement() {
    assertThat(DefaultAttachmentService.safeName("..\\\\..\\\\etc/passwd.pdf"))
        .isEqualTo("passwd.pdf");
    assertThat(DefaultAttachmentService.safeName("a\u0000b.pdf")).isEqualTo("ab.pdf");
    assertThatThrownBy(() -> DefaultAttachmentService.safeName("../"))
        .isInstanceOf(InvalidInputException.class);
  }
}
