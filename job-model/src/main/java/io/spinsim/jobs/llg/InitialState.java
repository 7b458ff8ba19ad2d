package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Magnetization at t = 0.
 *
 * @param kind             {@code uniform} along {@code direction}, or {@code random} (seeded, reproducible)
 * @param direction        for uniform (default +z)
 * @param seed             for random (default 1)
 * @param layer_directions uniform only: one direction per z plane instead of {@code direction} (e.g. an
 *                         antiferromagnetically coupled bilayer: [[0, 0, -1], [0, 0, 1]])
 * @param skyrmions        skyrmions written on top of the background (default none)
 */
public record InitialState(Kind kind, Vec3 direction, Long seed, @Size(max = 64) List<Vec3> layer_directions,
                           @Size(max = 1000) List<@Valid SkyrmionSeed> skyrmions) {

    public enum Kind {
        @JsonProperty("uniform") UNIFORM,
        @JsonProperty("random") RANDOM
    }

    public InitialState {
        kind = kind == null ? Kind.UNIFORM : kind;
        direction = direction == null ? Vec3.Z : direction;
        seed = seed == null ? 1L : seed;
        layer_directions = layer_directions == null ? null : List.copyOf(layer_directions);
        skyrmions = skyrmions == null ? List.of() : List.copyOf(skyrmions);
    }

    public static InitialState uniformZ() {
        return new InitialState(Kind.UNIFORM, Vec3.Z, 1L, null, null);
    }

    /** The uniform direction of plane z. */
    public Vec3 directionOf(int layer) {
        return layer_directions == null ? direction : layer_directions.get(layer);
    }
}
