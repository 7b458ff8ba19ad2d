package io.spinsim.devices.resistance;

import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.magnetization.MagnetizationMap;

/**
 * Conductance of an MTJ detector over a magnetization map, the cells conducting in parallel (seed 001 eq.4):
 * G = G0 sum_i (1 + P^2 cos theta_i) / (1 + P^2), theta_i the angle between cell i and the reference layer.
 *
 * @param g0PerCellS   conductance of one cell when parallel to the reference layer
 * @param polarization spin polarization P
 * @param refX         reference-layer magnetization direction (unit vector)
 */
public record MtjCellConductance(double g0PerCellS, double polarization, double refX, double refY, double refZ)
        implements MapConductance {

    /** G0 of a cell from the resistance-area product of the parallel state. */
    public static MtjCellConductance fromRaProduct(double cellAreaM2, double raParallelOhmM2, double polarization,
                                                   double refX, double refY, double refZ) {
        return new MtjCellConductance(cellAreaM2 / raParallelOhmM2, polarization, refX, refY, refZ);
    }

    @Override
    public double conductanceS(MagnetizationMap map, CellRegion region) {
        double p2 = polarization * polarization;
        double sum = 0;
        for (int y = region.y0(); y < region.y1(); y++) {
            for (int x = region.x0(); x < region.x1(); x++) {
                sum += 1 + p2 * map.cosTo(map.index(x, y), refX, refY, refZ);
            }
        }
        return g0PerCellS * sum / (1 + p2); // seed 001 eq.4
    }

    /** Conductance of one cell at angle theta to the reference. */
    public double cellConductanceS(double cosTheta) {
        double p2 = polarization * polarization;
        return g0PerCellS * (1 + p2 * cosTheta) / (1 + p2); // seed 001 eq.4, one term
    }
}
