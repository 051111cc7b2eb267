package org.modelgate.workflow.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.modelgate.api.notice.NoticeTexts;

/**
 * The e-mail channel: one message per reader with an address, through the SMTP server of {@link
 * MailSettings}, in Chinese with the English text below (people have no stored language). The texts
 * are the web module's page bundle, which sits on the same class path in the WAR.
 */
@ApplicationScoped
public class MailChannel implements NoticeChannel {

  /** The page bundle of model-web, whose {@code notice.*} keys word the notices. */
  static final String BUNDLE = "org.modelgate.web.ui.messages";

  private final MailSettings settings;

  public MailChannel() {
    Config config = ConfigProvider.getConfig(MailChannel.class.getClassLoader());
    this.settings = MailSettings.from(key -> config.getOptionalValue(key, String.class));
  }

  MailChannel(MailSettings settings) {
    this.settings = settings;
  }

  @Override
  public boolean enabled() {
    return settings.configured();
  }

  @Override
  public void deliver(Outgoing notice) throws MessagingException {
    String chinese = text(notice, Locale.ROOT);
    String english = text(notice, Locale.ENGLISH);
    for (Reader reader : notice.readers()) {
      send(
          reader,
          "ModelGate · " + chinese,
          chinese + "\n\n" + english,
          String.valueOf(notice.noticeId()));
    }
  }

  /** One message with the reader's unread notices, each in Chinese with the English below. */
  @Override
  public void deliverDigest(Reader reader, List<Outgoing> unread) throws MessagingException {
    StringBuilder body = new StringBuilder();
    for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
      body.append(word(locale, "mail.digestIntro")).append("\n\n");
      for (Outgoing notice : unread) {
        body.append("· ").append(text(notice, locale)).append('\n');
      }
      body.append('\n');
    }
    send(
        reader,
        word(Locale.ROOT, "mail.digestSubject", unread.size()),
        body.toString().strip(),
        "digest");
  }

  private void send(Reader reader, String subject, String text, String noticeHeader)
      throws MessagingException {
    if (reader.email() == null || reader.email().isBlank()) {
      return;
    }
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(reader.email()));
    message.setSubject(subject, "UTF-8");
    message.setText(
        word(Locale.ROOT, "mail.greeting", reader.displayName())
            + "\n\n"
            + text
            + "\n\n— ModelGate",
        "UTF-8");
    message.setHeader("X-ModelGate-Notice", noticeHeader);
    Transport.send(message);
  }

  private static String word(Locale locale, String key, Object... arguments) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(BUNDLE, locale, MailChannel.class.getClassLoader());
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    } catch (MissingResourceException e) {
      return key + " " + List.of(arguments);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    if (settings.user() == null) {
      return Session.getInstance(properties);
    }
    properties.put("mail.smtp.auth", "true");
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.user(), settings.password());
          }
        });
  }

  static String text(Outgoing notice, Locale locale) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(BUNDLE, locale, MailChannel.class.getClassLoader());
      return NoticeTexts.render(bundle, notice.kind().name(), notice.arguments());
    } catch (MissingResourceException e) {
      return notice.kind().name() + " " + String.join(" · ", notice.arguments());
    }
  }
}
