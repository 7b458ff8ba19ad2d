package io.spinsim.physics.engine;

import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.terms.InterlayerExchangeField;

import java.util.List;

/**
 * Everything the engine needs besides the initial state: grid, region map and table, couplings, drives and the
 * optional demag and thermal terms.
 *
 * @param regionOfCell  region table index per cell (0: vacuum)
 * @param regions       region table; entry 0 must be {@link RegionParameters#VACUUM}
 * @param demagMode     FusedKernel.DEMAG_NONE, DEMAG_FFT or DEMAG_LOCAL_THIN_FILM
 * @param temperatureK  thermal field temperature, 0 for none
 * @param thermalSeed   seed of the thermal noise
 */
public record EngineSetup(Grid grid, int[] regionOfCell, List<RegionParameters> regions,
                          InterlayerExchangeField interlayer, List<Drive> drives, int demagMode,
                          double temperatureK, long thermalSeed) {

    public EngineSetup {
        if (regionOfCell.length != grid.cells()) {
            throw new IllegalArgumentException("region map has " + regionOfCell.length + " cells, grid " + grid.cells());
        }
        if (regions.isEmpty() || regions.get(0).magnetic()) {
            throw new IllegalArgumentException("region 0 must be vacuum");
        }
        regions = List.copyOf(regions);
        drives = List.copyOf(drives);
    }

    public double[] msOfCell() {
        double[] ms = new double[regionOfCell.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = regions.get(regionOfCell[i]).ms();
        }
        return ms;
    }

    public double[] alphaOfCell() {
        double[] alpha = new double[regionOfCell.length];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = regions.get(regionOfCell[i]).alpha();
        }
        return alpha;
    }
}
