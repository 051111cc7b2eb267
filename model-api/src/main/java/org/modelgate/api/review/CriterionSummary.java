package org.modelgate.api.review;

/**
 * One criterion across the reviews: average, lowest, highest, and whether reviewers disagree (a
 * spread of two points or more).
 */
public record CriterionSummary(
    String criterion, String label, double average, int min, int max, boolean disagreement) {}
