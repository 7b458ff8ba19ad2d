package io.spinsim.physics.engine;

import io.spinsim.jobs.llg.Relax;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.kernel.Backends;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.kernel.KernelShape;

import java.util.Arrays;

/**
 * Picks the fused kernel for a setup: the uniform-film kernel (material constants as scalars, no tables) when the
 * setup is a single plane with one material in every cell, no anisotropy gradient and open edges; the general
 * kernel otherwise, and for methods other than Heun and RK4. Both compute the same physics (BackendAgreementTest,
 * UniformFilmKernelTest).
 */
public final class KernelChoice {

    /** System property: {@code false} always uses the general kernel (benchmark comparisons). */
    public static final String UNIFORM_FILM_PROPERTY = "spinsim.kernel.uniformFilm";

    private KernelChoice() {
    }

    /**
     * @param fixedStepOnly the engine will run Heun or RK4 only (no rk45, no damped relaxation, which uses rk45):
     *                      the uniform-film kernel runs no other method ({@link #fixedStepOnly})
     */
    public static FusedKernel kernel(EngineSetup setup, RunControl.Precision precision, boolean fixedStepOnly) {
        KernelShape shape = shape(setup);
        boolean allowed = !"false".equals(System.getProperty(UNIFORM_FILM_PROPERTY));
        return allowed && fixedStepOnly && uniformFilm(setup) ? Backends.uniformFilmKernel(shape, precision)
                : Backends.kernel(shape, precision);
    }

    /** Whether a job integrates with Heun or RK4 only: its run, and its relaxation unless that is by minimization. */
    public static boolean fixedStepOnly(RunControl run, Relax relax) {
        return run.integrator() != RunControl.Integrator.RK45 && (relax == null || relax.method() == Relax.Method.MINIMIZE);
    }

    public static KernelShape shape(EngineSetup setup) {
        return KernelShape.of(setup.grid(), setup.regions().size(), setup.demagMode() == FusedKernel.DEMAG_FFT,
                setup.temperatureK() > 0);
    }

    /**
     * One plane, open edges, region 1 in every cell, no anisotropy gradient, and a cell count with a divisor of at
     * least 64 up to 1024 (the kernel launches exactly one work item per cell; with smaller work-groups PoCL's cost
     * per group would outweigh what the specialization saves).
     */
    public static boolean uniformFilm(EngineSetup setup) {
        Grid grid = setup.grid();
        if (grid.nz() != 1 || grid.pbcX() || grid.pbcY() || setup.regions().size() != 2) {
            return false;
        }
        int n = grid.cells();
        if (KernelShape.exactWorkGroup(n, 1024) < Math.min(n, KernelShape.MIN_EXACT_WORK_GROUP)) {
            return false;
        }
        RegionParameters material = setup.regions().get(1);
        return material.magnetic() && material.kuGradX() == 0 && material.kuGradY() == 0
                && Arrays.stream(setup.regionOfCell()).allMatch(r -> r == 1);
    }
}
