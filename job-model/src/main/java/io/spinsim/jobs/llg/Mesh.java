package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/** Finite-difference grid: nx x ny x nz cells of dx_m x dy_m x dz_m. */
public record Mesh(
        @NotNull @InRange(min = 1, max = 8192) Integer nx,
        @NotNull @InRange(min = 1, max = 8192) Integer ny,
        @NotNull @InRange(min = 1, max = 64) Integer nz,
        @NotNull @InRange(min = 1e-11, max = 1e-6, unit = "m") Double dx_m,
        @NotNull @InRange(min = 1e-11, max = 1e-6, unit = "m") Double dy_m,
        @NotNull @InRange(min = 1e-11, max = 1e-6, unit = "m") Double dz_m) {

    /** Largest grid one job may ask for: 2^24 cells (e.g. 4096 x 4096 x 1). */
    public static final long MAX_CELLS = 1L << 24;

    public long cells() {
        return (long) nx * ny * nz;
    }
}
