package io.spinsim.physics.kernel;

import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.terms.DemagConvolution;
import io.spinsim.physics.terms.DemagField;

/**
 * The FFT demag of a single-layer film on the run's own device ({@link DemagFftKernel64}): the tensor spectra are
 * computed once on the host in fp64 ({@link DemagField#filmSpectra}), the transforms of M and
 * B run as kernel launches in the run's precision. The host {@link DemagField} remains the path for multilayer
 * grids and the Java back end; DemagFftConvolutionTest checks that both give the same field.
 */
public final class DemagFftConvolution implements DemagConvolution {

    private final DemagFftKernel kernel;
    private final RangeLauncher launcher;
    private final boolean fp64;

    /** @param msOfCell saturation magnetization per cell, A/m (0 in vacuum) */
    public DemagFftConvolution(Grid grid, double[] msOfCell, RangeLauncher launcher, boolean fp64) {
        if (!DemagField.singleLayerFilm(grid)) {
            throw new IllegalArgumentException("the device FFT demag needs a single-layer grid of at least 2 x 2 cells");
        }
        this.launcher = launcher;
        this.fp64 = fp64;
        int px = DemagField.powerOfTwoPadding(grid.nx());
        int py = DemagField.powerOfTwoPadding(grid.ny());
        kernel = fp64 ? new DemagFftKernel64(grid.nx(), grid.ny(), px, py)
                : new DemagFftKernel32(grid.nx(), grid.ny(), px, py);
        double[][] k = DemagField.filmSpectra(grid, px, py);
        kernel.putTensor(k[0], k[1], k[2], k[3], msOfCell, launcher);
    }

    @Override
    public void field(double[] m, double[] b) {
        kernel.field(m, b, launcher);
    }

    @Override
    public String description() {
        return "device FFT (" + launcher.description() + (fp64 ? ", fp64" : ", fp32") + "), padded "
                + kernel.paddedX() + " x " + kernel.paddedY();
    }

    @Override
    public void close() {
        if (launcher.openCl()) {
            kernel.aparapiKernel().dispose();
        }
    }
}
