package io.spinsim.auth;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A stored API key (never the secret itself).
 *
 * @param prefix        first characters of the key, to tell keys apart
 * @param maxQueuedJobs most jobs of this key queued or running at once
 * @param maxCells      largest simulation grid (cells) one job of this key may ask for
 */
public record ApiKey(UUID id, String name, String prefix, Set<Role> roles, int maxQueuedJobs, long maxCells,
                     Instant createdAt, Instant revokedAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
