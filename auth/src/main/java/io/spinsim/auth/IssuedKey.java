package io.spinsim.auth;

/**
 * A key just created: the only moment its secret is known.
 *
 * @param token the full key to hand to its user, e.g. {@code spk_1a2b3c4d_...}
 */
public record IssuedKey(ApiKey key, String token) {
}
