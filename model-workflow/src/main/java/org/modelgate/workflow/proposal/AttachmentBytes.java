package org.modelgate.workflow.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, loaded only for a download. */
@Entity
@Table(name = "mg_attachment_content")
public class AttachmentBytes {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(nullable = false)
  private byte[] content;

  protected AttachmentBytes() {}

  AttachmentBytes(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content;
  }

  byte[] getContent() {
    return content;
  }
}
