package org.modelgate.api.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's scorecard (DESIGN §4): four criteria scored 1–5 and four comments.
 *
 * @param necessity 建模必要性
 * @param feasibility 技术可行性
 * @param clueAccuracy 线索准确性
 * @param promotionValue 推广价值
 */
public record SubmitReviewRequest(
    @NotNull @Min(1) @Max(5) Integer necessity,
    @NotNull @Min(1) @Max(5) Integer feasibility,
    @NotNull @Min(1) @Max(5) Integer clueAccuracy,
    @NotNull @Min(1) @Max(5) Integer promotionValue,
    @NotBlank @Size(max = 4000) String practicalSignificance,
    @NotBlank @Size(max = 4000) String expectedEffect,
    @NotBlank @Size(max = 4000) String difficulties,
    @NotBlank @Size(max = 4000) String attentionPoints) {}
