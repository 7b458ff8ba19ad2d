package io.spinsim.physics.terms;

import io.spinsim.physics.engine.RegionParameters;

import java.util.List;

/**
 * Heisenberg exchange, energy density A (grad m)^2 and field B = (2A/Ms) lap m (seed 000 eq.5, 7), evaluated by the
 * fused kernel with the 6-neighbour Laplacian: (2 A_ij / delta^2)(m_j - m_i) per neighbour j, Neumann boundaries
 * (a missing neighbour repeats the cell, or is extrapolated by the DMI boundary condition, see
 * {@link InterfacialDmiField}). This class builds the inter-region stiffness table the kernel reads.
 */
public final class ExchangeField {

    private ExchangeField() {
    }

    /**
     * A_ij at [i nr + j]: the harmonic mean 2 A_i A_j / (A_i + A_j) across a region boundary (continuous exchange
     * flux, the mumax3 default), A inside one region, 0 towards vacuum.
     */
    public static double[] stiffnessTable(List<RegionParameters> regions) {
        return stiffnessTable(regions.stream().mapToDouble(RegionParameters::a).toArray());
    }

    /** The same from the stiffness of each region, J/m. */
    public static double[] stiffnessTable(double[] aOfRegion) {
        int nr = aOfRegion.length;
        double[] lut = new double[nr * nr];
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nr; j++) {
                double a = aOfRegion[i];
                double b = aOfRegion[j];
                lut[i * nr + j] = a + b > 0 ? 2 * a * b / (a + b) : 0;
            }
        }
        return lut;
    }
}
