package io.spinsim.jobs.sweep;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * A job request nested in a composite spec: the same {@code type} and {@code spec} as a request to
 * {@code POST /api/v1/jobs}.
 */
public record JobRequestSpec(@NotBlank @Size(max = 64) String type, @NotNull JsonNode spec) {
}
