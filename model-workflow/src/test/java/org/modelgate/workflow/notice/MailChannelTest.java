package org.modelgate.workflow.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail channel against a real SMTP server (GreenMail) started by the test. */
class MailChannelTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  static MailSettings settings(int port) {
    return new MailSettings("127.0.0.1", port, null, null, "modelgate@example.org");
  }

  static NoticeChannel.Outgoing forumScheduled(NoticeChannel.Reader... readers) {
    return new NoticeChannel.Outgoing(
        17L,
        NoticeKind.FORUM_SCHEDULED,
        List.of("医保基金监督模型", "第三次论证会", "2026-03-20 09:30"),
        42L,
        List.of(readers));
  }

  @Test
  void shouldMailEachReaderWithAnAddressInChineseAndEnglish() throws Exception {
    MailChannel channel = new MailChannel(settings(smtp.getSmtp().getPort()));

    channel.deliver(
        forumScheduled(
            new NoticeChannel.Reader("reviewer-a", "张评审", "reviewer-a@example.org"),
            new NoticeChannel.Reader("reviewer-b", "李评审", null)));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("reviewer-a@example.org");
    assertThat(received[0].getSubject()).contains("医保基金监督模型").contains("第三次论证会");
    assertThat(received[0].getHeader("X-ModelGate-Notice")[0]).isEqualTo("17");
    String body = GreenMailUtil.getBody(received[0]);
    assertThat(body).isNotBlank();
  }

  @Test
  void shouldThrowSoThatTheDeliveryIsRetriedWhenTheServerIsDown() {
    MailChannel channel = new MailChannel(settings(1));

    assertThatThrownBy(
            () ->
                channel.deliver(
                    forumScheduled(
                        new NoticeChannel.Reader("reviewer-a", "张评审", "reviewer-a@example.org"))))
        .isInstanceOf(MessagingException.class);
  }

  @Test
  void shouldBeDisabledWithoutHost() {
    Map<String, String> none = Map.of();
    MailSettings settings = MailSettings.from(key -> Optional.ofNullable(none.get(key)));

    assertThat(settings.configured()).isFalse();
    assertThat(new MailChannel(settings).enabled()).isFalse();
    assertThat(
            MailSettings.from(
                    key ->
                        Optional.ofNullable(
                            Map.of(
                                    "MODELGATE_SMTP_HOST",
                                    "mail.local",
                                    "MODELGATE_SMTP_PORT",
                                    "2525")
                                .get(key)))
                .port())
        .isEqualTo(2525);
  }
}
