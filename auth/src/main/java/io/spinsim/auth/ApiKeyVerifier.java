package io.spinsim.auth;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies presented keys, remembering a verdict for a few seconds so a busy client does not cost a database
 * round trip per request. A revoked key therefore stops working within {@link #TTL_MS}.
 */
@Component
public class ApiKeyVerifier {

    static final long TTL_MS = 5_000;
    private static final int MAX_ENTRIES = 10_000;

    private record Verdict(Optional<ApiKey> key, long until) {
    }

    private final ApiKeyStore store;
    private final Map<String, Verdict> cache = new ConcurrentHashMap<>();

    public ApiKeyVerifier(ApiKeyStore store) {
        this.store = store;
    }

    public Optional<ApiKey> verify(String token) {
        long now = System.currentTimeMillis();
        Verdict v = cache.get(token);
        if (v == null || v.until() < now) {
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            v = new Verdict(store.verify(token), now + TTL_MS);
            cache.put(token, v);
        }
        return v.key();
    }
}
