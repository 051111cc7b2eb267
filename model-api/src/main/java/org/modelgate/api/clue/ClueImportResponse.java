package org.modelgate.api.clue;

/** A clue file imported whole: how many clues it added. */
public record ClueImportResponse(long modelId, int imported) {}
