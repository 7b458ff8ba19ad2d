package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * Finite-difference grid: nx x ny x nz cells of dx_m x dy_m x dz_m.
 *
 * @param pbc_x periodic boundary along x for exchange, DMI and Q (default false; not with fft demag)
 * @param pbc_y periodic boundary along y (default false)
 */
public record Mesh(
        @NotNull @InRange(min = 1, max = 8192) Integer nx,
        @NotNull @InRange(min = 1, max = 8192) Integer ny,
        @NotNull @InRange(min = 1, max = 64) Integer nz,
        @NotNull @InRange(min = 1e-11, max = 1e-6, unit = "m") Double dx_m,
        @NotNull @InRange(min = 1e-11, max = 1e-6, unit = "m") Double dy_m,
        @NotNull @InRange(min = 1e-11, max = 1e-6, unit = "m") Double dz_m,
        Boolean pbc_x,
        Boolean pbc_y) {

    public Mesh {
        pbc_x = pbc_x == null ? Boolean.FALSE : pbc_x;
        pbc_y = pbc_y == null ? Boolean.FALSE : pbc_y;
    }

    /** An open (non-periodic) grid. */
    public static Mesh of(int nx, int ny, int nz, double dx, double dy, double dz) {
        return new Mesh(nx, ny, nz, dx, dy, dz, null, null);
    }

    /**
     * Largest grid one job may ask for: 2^22 cells (e.g. 2048 x 2048 x 1); rk45 keeps 7 stage torques per cell, so
     * this bounds the worker's memory at about 0.7 GB in fp64.
     */
    public static final long MAX_CELLS = 1L << 22;

    public long cells() {
        return (long) nx * ny * nz;
    }
}
