package io.spinsim.physics.terms;

import io.spinsim.physics.engine.RegionParameters;

import java.util.List;

/**
 * Interfacial Dzyaloshinskii-Moriya interaction, energy density D [m_z div m - (m . grad) m_z] (seed 000 eq.6), field
 * B = (2D/Ms)(d_x m_z, d_y m_z, -d_x m_x - d_y m_y) by central differences in the fused kernel. At free edges
 * (grid edge or vacuum neighbour) the kernel extrapolates the missing neighbour with the boundary condition that
 * makes the surface term vanish, 2A dm/dn = D (-n_x m_z, -n_y m_z, n_x m_x + n_y m_y) (Rohart and Thiaville,
 * PRB 88, 184422 (2013); the mumax3 discretization): this gives the edge canting of a chain.
 */
public final class InterfacialDmiField {

    private InterfacialDmiField() {
    }

    /** D_ij at [i nr + j]: the mean of the two regions' D (their own D inside a region and at free edges). */
    public static double[] strengthTable(List<RegionParameters> regions) {
        return strengthTable(regions.stream().mapToDouble(RegionParameters::d).toArray());
    }

    /** The same from the DMI of each region, J/m^2. */
    public static double[] strengthTable(double[] dOfRegion) {
        int nr = dOfRegion.length;
        double[] lut = new double[nr * nr];
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nr; j++) {
                lut[i * nr + j] = 0.5 * (dOfRegion[i] + dOfRegion[j]);
            }
        }
        return lut;
    }
}
