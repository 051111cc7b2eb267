package org.modelgate.api.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A forum to schedule: when, where, who presides, who is invited to review. The forum's day
 * (Asia/Shanghai) must be today or later; a meeting held earlier today may still be registered.
 */
public record CreateForumRequest(
    @NotBlank @Size(max = 200) String title,
    @NotNull Instant scheduledAt,
    @NotBlank @Size(max = 200) String place,
    @NotNull @Positive Long presidingLeaderId,
    @NotEmpty @Size(max = 30) List<@NotNull @Positive Long> reviewerIds) {}
