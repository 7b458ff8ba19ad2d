package io.spinsim.physics.kernel;

import io.spinsim.physics.geometry.Grid;

/**
 * Sizes a fused kernel is allocated for.
 *
 * @param regions      number of region table entries (region 0 is vacuum)
 * @param demagArray   allocate the per-cell demag field array (FFT demag)
 * @param thermalArray allocate the per-cell thermal field array
 */
public record KernelShape(int nx, int ny, int nz, double dx, double dy, double dz, boolean pbcX, boolean pbcY,
                          int regions, boolean demagArray, boolean thermalArray) {

    public KernelShape(int nx, int ny, int nz, double dx, double dy, double dz, int regions, boolean demagArray,
                       boolean thermalArray) {
        this(nx, ny, nz, dx, dy, dz, false, false, regions, demagArray, thermalArray);
    }

    public static KernelShape of(Grid grid, int regions, boolean demag, boolean thermal) {
        return new KernelShape(grid.nx(), grid.ny(), grid.nz(), grid.dx(), grid.dy(), grid.dz(), grid.pbcX(),
                grid.pbcY(), regions, demag, thermal);
    }

    public int cells() {
        return nx * ny * nz;
    }

    /** Smallest work-group size an exact-range kernel is run with; below it the per-group cost dominates. */
    public static final int MIN_EXACT_WORK_GROUP = 64;

    /** Largest work-group size at most {@code max} that divides {@code cells} (a launch of exactly that many items). */
    public static int exactWorkGroup(int cells, int max) {
        for (int size = Math.min(max, cells); size > 1; size--) {
            if (cells % size == 0) {
                return size;
            }
        }
        return 1;
    }
}
