package org.modelgate.api.proposal;

/** An attachment's bytes with what a download needs to name them. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {}
