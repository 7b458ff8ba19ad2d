package io.spinsim.api.jobs;

import io.spinsim.db.events.JobEventEntity;
import io.spinsim.db.jobs.JobEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.PropertyNamingStrategies;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JSON shapes of jobs in API responses (snake_case). */
public final class JobViews {

    private JobViews() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Progress(double fraction, String message) {
    }

    /** A job with its spec, result summary and error. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Job(UUID id, String type, String status, int priority, int attempts, int maxAttempts,
                      boolean cancelRequested, Progress progress, UUID parentId, String label,
                      Map<String, Integer> children, Instant createdAt, Instant startedAt, Instant finishedAt,
                      Instant updatedAt, JsonNode spec, JsonNode result, JsonNode error, Map<String, String> links) {
    }

    /** A job in a listing: no spec or result. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record JobLine(UUID id, String type, String name, String status, int priority, int attempts,
                          Progress progress, UUID parentId, String label, Instant createdAt, Instant finishedAt,
                          String self) {

        static JobLine of(JobEntity e) {
            return new JobLine(e.getId(), e.getType(), e.getName(), e.getStatus().dbName(), e.getPriority(),
                    e.getAttempts(), new Progress(e.getProgressFraction(), e.getProgressMessage()), e.getParentId(),
                    e.getLabel(), e.getCreatedAt(), e.getFinishedAt(), JobController.PATH + "/" + e.getId());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record JobPage(List<JobLine> items, int page, int size, long totalItems, int totalPages) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Event(long id, Instant at, String kind, String message, String actor) {
        static Event of(JobEventEntity e) {
            return new Event(e.getId(), e.getAt(), e.getKind(), e.getMessage(), e.getActor());
        }
    }
}
