package org.modelgate.api.proposal;

import java.util.List;

/**
 * Files attached to a model: PDF, DOCX, XLSX, PNG and JPEG, size-limited, their type checked from
 * their content. Anyone who may see the model may download them; its creators attach them.
 */
public interface AttachmentService {

  List<AttachmentResponse> attachments(long modelId);

  AttachmentResponse addAttachment(
      long modelId, String fileName, String contentType, byte[] content);

  AttachmentContent attachmentContent(long modelId, long attachmentId);
}
