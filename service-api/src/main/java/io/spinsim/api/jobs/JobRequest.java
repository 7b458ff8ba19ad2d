package io.spinsim.api.jobs;

import io.spinsim.db.jobs.NewJob;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/v1/jobs}.
 *
 * @param type         job type, see {@code GET /api/v1/job-types}
 * @param spec         the type's spec object
 * @param priority     higher runs first (default 0)
 * @param max_attempts how many times a job is started if its worker dies (default 3)
 * @param max_wall_time_s the longest the job may run on its worker before it is stopped and failed (default 3600)
 */
public record JobRequest(
        @NotBlank @Size(max = 64) String type,
        @NotNull JsonNode spec,
        @InRange(min = -1000, max = 1000) Integer priority,
        @InRange(min = 1, max = 20) Integer max_attempts,
        @InRange(min = 1, max = 604800, unit = "s") Integer max_wall_time_s) {

    public JobRequest {
        priority = priority == null ? 0 : priority;
        max_attempts = max_attempts == null ? 3 : max_attempts;
        max_wall_time_s = max_wall_time_s == null ? NewJob.DEFAULT_WALL_TIME_S : max_wall_time_s;
    }
}
