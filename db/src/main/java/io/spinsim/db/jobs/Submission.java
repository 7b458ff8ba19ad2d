package io.spinsim.db.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * Outcome of an enqueue.
 *
 * @param id          the job's id (the existing one on an idempotent retry)
 * @param created     false when the idempotency key already named a job
 * @param sameRequest false when that existing job was submitted with a different body
 * @param createdAt   when the job was created
 */
public record Submission(UUID id, boolean created, boolean sameRequest, Instant createdAt) {
}
