package io.spinsim.db.jobs;

import java.util.UUID;

/**
 * A validated job to enqueue.
 *
 * @param specJson       normalized spec (defaults filled in) as JSON
 * @param idempotencyKey client's key, or null
 * @param requestSha256  hash of the request body, to tell a retry from a different request under the same key
 * @param parentId       parent job of a sweep, or null
 */
public record NewJob(String type, String worker, String specJson, int priority, int maxAttempts,
                     String idempotencyKey, String requestSha256, UUID parentId) {
}
