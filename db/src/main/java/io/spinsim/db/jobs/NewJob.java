package io.spinsim.db.jobs;

import java.util.UUID;

/**
 * A validated job to enqueue.
 *
 * @param specJson       normalized spec (defaults filled in) as JSON
 * @param maxWallTimeS   the longest the job may run on its worker
 * @param idempotencyKey client's key, or null
 * @param requestSha256  hash of the request body, to tell a retry from a different request under the same key
 * @param parentId       parent job of a sweep or regression suite, or null
 * @param label          how the parent refers to this child (a grid point, a test case), or null
 * @param ownerKeyId     the API key that submitted it, or null
 */
public record NewJob(String type, String worker, String specJson, int priority, int maxAttempts, int maxWallTimeS,
                     String idempotencyKey, String requestSha256, UUID parentId, String label, UUID ownerKeyId) {

    public static final int DEFAULT_WALL_TIME_S = 3600;

    /** A job without parent, label or owner, with the default wall time limit. */
    public NewJob(String type, String worker, String specJson, int priority, int maxAttempts, String idempotencyKey,
                  String requestSha256, UUID parentId) {
        this(type, worker, specJson, priority, maxAttempts, DEFAULT_WALL_TIME_S, idempotencyKey, requestSha256,
                parentId, null, null);
    }

    /** The same job submitted by this key. */
    public NewJob ownedBy(UUID keyId) {
        return new NewJob(type, worker, specJson, priority, maxAttempts, maxWallTimeS, idempotencyKey, requestSha256,
                parentId, label, keyId);
    }

    /** This job as a child of a composite parent: the parent's priority, attempts, limits and owner. */
    public NewJob childOf(UUID parent, NewJob parentJob) {
        return new NewJob(type, worker, specJson, parentJob.priority, parentJob.maxAttempts, parentJob.maxWallTimeS,
                null, requestSha256, parent, label, parentJob.ownerKeyId);
    }
}
