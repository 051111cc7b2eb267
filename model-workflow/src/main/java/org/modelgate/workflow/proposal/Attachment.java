package org.modelgate.workflow.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.UserAccount;

/** An attachment's metadata; its bytes are an {@link AttachmentBytes} row of their own. */
@Entity
@Table(name = "mg_attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_attachment")
  @SequenceGenerator(name = "mg_attachment", sequenceName = "mg_attachment_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @ManyToOne(optional = false)
  @JoinColumn(name = "uploaded_by")
  private UserAccount uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  Attachment(
      SupervisionModel model,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      UserAccount uploadedBy,
      Instant uploadedAt) {
    this.model = model;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public SupervisionModel getModel() {
    return model;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  AttachmentResponse toResponse() {
    return new AttachmentResponse(
        id, fileName, contentType, sizeBytes, sha256, uploadedBy.toRef(), uploadedAt);
  }
}
