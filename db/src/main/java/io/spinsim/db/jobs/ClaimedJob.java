package io.spinsim.db.jobs;

import java.util.UUID;

/** A job a worker now holds the lease of. */
public record ClaimedJob(UUID id, String type, String specJson, int attempt, int maxAttempts, int maxWallTimeS) {
}
