package org.modelgate.workflow.notice;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** An addressed notice: a code with its arguments, to a user or a group (see {@link Recipient}). */
@Entity
@Table(name = "mg_notice")
public class Notice {

  /** Where the e-mail of this notice stands. */
  public enum MailState {
    /** No e-mail channel, or nobody to mail. */
    NONE,
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_notice")
  @SequenceGenerator(name = "mg_notice", sequenceName = "mg_notice_seq", allocationSize = 1)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 48)
  private NoticeKind code;

  /** A JSON array of strings. */
  @Column(nullable = false, length = 4000)
  private String arguments;

  @Column(name = "model_id")
  private Long modelId;

  @Column(name = "recipient_user", length = 64)
  private String recipientUser;

  @Column(name = "recipient_role", length = 16)
  private String recipientRole;

  @Column(name = "recipient_unit_id")
  private Long recipientUnitId;

  /** 1 for the digital office only, else 0 (a number: see V10__notices.sql). */
  @Column(name = "recipient_city_wide", nullable = false)
  private int recipientCityWide;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_state", nullable = false, length = 12)
  private MailState mailState = MailState.NONE;

  /** The failed e-mail tries so far. */
  @Column(name = "mail_attempts", nullable = false)
  private int mailAttempts;

  /** What a notice raised once names (e.g. {@code task-overdue:42}); null for the others. */
  @Column(length = 128)
  private String subject;

  protected Notice() {}

  Notice(NoticeKind code, List<String> arguments, Long modelId, Recipient to, Instant createdAt) {
    this.code = code;
    JsonArrayBuilder array = Json.createArrayBuilder();
    arguments.forEach(argument -> array.add(argument == null ? "" : argument));
    this.arguments = array.build().toString();
    if (this.arguments.length() > 4000) {
      throw new IllegalArgumentException(
          "the arguments of a "
              + code
              + " notice exceed 4000 characters: "
              + this.arguments.length());
    }
    this.modelId = modelId;
    this.recipientUser = to.username();
    this.recipientRole = to.role() == null ? null : to.role().roleName();
    this.recipientUnitId = to.unitId();
    this.recipientCityWide = to.cityWideOnly() ? 1 : 0;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public NoticeKind getCode() {
    return code;
  }

  public List<String> getArguments() {
    return Json.createReader(new StringReader(arguments)).readArray().stream()
        .map(value -> ((JsonString) value).getString())
        .toList();
  }

  public Long getModelId() {
    return modelId;
  }

  public String getRecipientUser() {
    return recipientUser;
  }

  public String getRecipientRole() {
    return recipientRole;
  }

  public Long getRecipientUnitId() {
    return recipientUnitId;
  }

  public boolean isRecipientCityWide() {
    return recipientCityWide == 1;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public MailState getMailState() {
    return mailState;
  }

  void setMailState(MailState mailState) {
    this.mailState = mailState;
  }

  int getMailAttempts() {
    return mailAttempts;
  }

  void countFailedMail() {
    mailAttempts++;
  }

  String getSubject() {
    return subject;
  }

  void setSubject(String subject) {
    this.subject = subject;
  }
}
