package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Magnetization at t = 0.
 *
 * @param kind      {@code uniform} along {@code direction}, or {@code random} (seeded, reproducible)
 * @param direction for uniform (default +z)
 * @param seed      for random (default 1)
 */
public record InitialState(Kind kind, Vec3 direction, Long seed) {

    public enum Kind {
        @JsonProperty("uniform") UNIFORM,
        @JsonProperty("random") RANDOM
    }

    public InitialState {
        kind = kind == null ? Kind.UNIFORM : kind;
        direction = direction == null ? Vec3.Z : direction;
        seed = seed == null ? 1L : seed;
    }

    public static InitialState uniformZ() {
        return new InitialState(Kind.UNIFORM, Vec3.Z, 1L);
    }
}
