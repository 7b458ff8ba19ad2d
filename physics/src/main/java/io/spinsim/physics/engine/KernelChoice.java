package io.spinsim.physics.engine;

import io.spinsim.jobs.llg.RunControl;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.kernel.Backends;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.kernel.KernelShape;

import java.util.Arrays;

/**
 * Picks the fused kernel for a setup: the uniform-film kernel (material constants as scalars, no tables) when the
 * setup is a single plane with one material in every cell, no anisotropy gradient and open edges; the general
 * kernel otherwise. Both compute the same physics (BackendAgreementTest, UniformFilmKernelTest).
 */
public final class KernelChoice {

    /** System property: {@code false} always uses the general kernel (benchmark comparisons). */
    public static final String UNIFORM_FILM_PROPERTY = "spinsim.kernel.uniformFilm";

    private KernelChoice() {
    }

    public static FusedKernel kernel(EngineSetup setup, RunControl.Precision precision) {
        KernelShape shape = shape(setup);
        boolean allowed = !"false".equals(System.getProperty(UNIFORM_FILM_PROPERTY));
        return allowed && uniformFilm(setup) ? Backends.uniformFilmKernel(shape, precision)
                : Backends.kernel(shape, precision);
    }

    public static KernelShape shape(EngineSetup setup) {
        return KernelShape.of(setup.grid(), setup.regions().size(), setup.demagMode() == FusedKernel.DEMAG_FFT,
                setup.temperatureK() > 0);
    }

    /** One plane, open edges, region 1 in every cell, and no anisotropy gradient. */
    public static boolean uniformFilm(EngineSetup setup) {
        Grid grid = setup.grid();
        if (grid.nz() != 1 || grid.pbcX() || grid.pbcY() || setup.regions().size() != 2) {
            return false;
        }
        RegionParameters material = setup.regions().get(1);
        return material.magnetic() && material.kuGradX() == 0 && material.kuGradY() == 0
                && Arrays.stream(setup.regionOfCell()).allMatch(r -> r == 1);
    }
}
