package org.modelgate.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.proposal.AttachmentContent;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.api.proposal.AttachmentService;
import org.modelgate.api.security.ModelAction;
import org.modelgate.workflow.audit.AuditRecord;
import org.modelgate.workflow.audit.AuditTrail;
import org.modelgate.workflow.engine.LifecycleSettings;
import org.modelgate.workflow.model.AccessPolicy;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.security.CurrentCaller;

/**
 * Attachments stored in the database (so every node of a cluster serves them), the bytes apart from
 * the metadata. The type is checked from the content, the name is reduced to its last path element,
 * and the size is limited by configuration.
 */
@ApplicationScoped
@Transactional
public class DefaultAttachmentService implements AttachmentService {

  static final int MAX_PER_MODEL = 50;

  @PersistenceContext(unitName = "modelgate")
  EntityManager em;

  @Inject AccessPolicy access;
  @Inject CurrentCaller currentCaller;
  @Inject LifecycleSettings settings;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  @Override
  public List<AttachmentResponse> attachments(long modelId) {
    access.visible(modelId);
    return em.createQuery(
            "select a from Attachment a where a.model.id = :model order by a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("model", modelId)
        .getResultStream()
        .map(Attachment::toResponse)
        .toList();
  }

  @Override
  public AttachmentResponse addAttachment(
      long modelId, String fileName, String contentType, byte[] content) {
    SupervisionModel model = access.require(modelId, ModelAction.ATTACH);
    String name = safeName(fileName);
    AttachmentType type =
        AttachmentType.byFileName(name)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "file", "AllowedType", "attachment.type-not-allowed", "name", name));
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("file", "NotEmpty", "attachment.empty", "name", name);
    }
    if (content.length > settings.attachmentMaxBytes()) {
      throw InvalidInputException.of(
          "file",
          "MaxSize",
          "attachment.too-large",
          "name",
          name,
          "maxMiB",
          settings.attachmentMaxBytes() / (1024 * 1024));
    }
    if (!type.matches(content)) {
      throw InvalidInputException.of(
          "file", "ContentMatchesType", "attachment.content-mismatch", "name", name);
    }
    if (contentType != null
        && !contentType.isBlank()
        && !contentType.toLowerCase(Locale.ROOT).startsWith(type.mediaType())
        && !contentType.startsWith("application/octet-stream")) {
      throw InvalidInputException.of(
          "file",
          "ContentMatchesType",
          "attachment.declared-type-mismatch",
          "name",
          name,
          "contentType",
          contentType);
    }
    long existing =
        em.createQuery("select count(a) from Attachment a where a.model.id = :model", Long.class)
            .setParameter("model", modelId)
            .getSingleResult();
    if (existing >= MAX_PER_MODEL) {
      throw InvalidInputException.of(
          "file", "MaxCount", "attachment.too-many", "max", MAX_PER_MODEL);
    }
    Attachment attachment =
        new Attachment(
            model,
            name,
            type.mediaType(),
            content.length,
            sha256(content),
            currentCaller.account(),
            clock.instant());
    em.persist(attachment);
    em.flush();
    audit.record(
        AuditRecord.onModel(
                currentCaller.get().username(), "ATTACHMENT_ADDED", modelId, null, null, null)
            .saying("history.attachment", "name", name, "bytes", content.length));
    em.persist(new AttachmentBytes(attachment.getId(), content));
    em.flush();
    return attachment.toResponse();
  }

  @Override
  public AttachmentContent attachmentContent(long modelId, long attachmentId) {
    access.visible(modelId);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || attachment.getModel().getId() != modelId) {
      throw new EntityNotFoundException("attachment", attachmentId);
    }
    AttachmentBytes bytes = em.find(AttachmentBytes.class, attachmentId);
    return new AttachmentContent(
        attachment.getFileName(), attachment.getContentType(), bytes.getContent());
  }

  /** The last path element, without control characters, at most 255 characters. */
  static String safeName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw InvalidInputException.of("file", "NotBlank", "attachment.name-missing");
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw InvalidInputException.of("file", "NotBlank", "attachment.name-invalid");
    }
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
