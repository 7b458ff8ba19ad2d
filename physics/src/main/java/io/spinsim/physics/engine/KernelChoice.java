package io.spinsim.physics.engine;

import io.spinsim.jobs.llg.Relax;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.kernel.Backends;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.kernel.KernelShape;
import io.spinsim.physics.kernel.UniformFilmKernel64;

/**
 * Picks the fused kernel for a setup: the uniform-film kernel (material constants as scalars, drives per region)
 * when the setup is a single plane with one material in every magnetic cell, no anisotropy gradient and open
 * edges; the general
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
        if (allowed && fixedStepOnly && uniformFilm(setup)) {
            boolean oneRegion = UniformFilmKernel64.singleMagneticRegion(setup.regionOfCell(), msOfRegion(setup)) >= 0;
            return Backends.uniformFilmKernel(shape, precision, !oneRegion);
        }
        return Backends.kernel(shape, precision);
    }

    /** Whether a job integrates with Heun or RK4 only ({@link RunControl#fixedStepOnly}). */
    public static boolean fixedStepOnly(RunControl run, Relax relax) {
        return run.fixedStepOnly(relax);
    }

    private static double[] msOfRegion(EngineSetup setup) {
        return setup.regions().stream().mapToDouble(RegionParameters::ms).toArray();
    }

    public static KernelShape shape(EngineSetup setup) {
        return KernelShape.of(setup.grid(), setup.regions().size(), setup.demagMode() == FusedKernel.DEMAG_FFT,
                setup.temperatureK() > 0);
    }

    /**
     * One plane, open edges, every magnetic region of one material (vacuum cells and drives per region allowed), no
     * anisotropy gradient, and a cell count with a divisor of at least 64 up to 1024 (the kernel launches exactly
     * one work item per cell; with smaller work-groups PoCL's cost per group would outweigh what the
     * specialization saves).
     */
    public static boolean uniformFilm(EngineSetup setup) {
        Grid grid = setup.grid();
        if (grid.nz() != 1 || grid.pbcX() || grid.pbcY()) {
            return false;
        }
        int n = grid.cells();
        if (KernelShape.exactWorkGroup(n, 1024) < Math.min(n, KernelShape.MIN_EXACT_WORK_GROUP)) {
            return false;
        }
        return UniformFilmKernel64.oneMaterial(LlgEngine.tables(setup)) >= 0;
    }
}
