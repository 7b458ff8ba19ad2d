package io.spinsim.physics.terms;

/**
 * Coupling between z planes. Inside one magnetic body the kernel applies bulk exchange across planes (2A/dz^2);
 * between two ferromagnetic layers separated by a spacer it applies the bilinear surface exchange of
 * seed 001 eq.2, energy sigma (1 - m_top . m_bottom) / Delta per cell, i.e. B_l = sigma m_other / (Ms_l Delta) with
 * Delta = dz (sigma < 0: antiferromagnetic). This class builds the per-interface mode and sigma arrays.
 */
public final class InterlayerExchangeField {

    public static final int BULK_EXCHANGE = 1;
    public static final int SURFACE_EXCHANGE = 0;

    private final int[] modes;
    private final double[] sigma;

    /** @param sigmaJPerM2 per interface z|z+1: null for bulk exchange, else the surface exchange sigma in J/m^2 */
    public InterlayerExchangeField(int planes, Double[] sigmaJPerM2) {
        modes = new int[planes];
        sigma = new double[planes];
        for (int z = 0; z < planes; z++) {
            Double s = z < sigmaJPerM2.length ? sigmaJPerM2[z] : null;
            modes[z] = s == null ? BULK_EXCHANGE : SURFACE_EXCHANGE;
            sigma[z] = s == null ? 0 : s;
        }
    }

    public static InterlayerExchangeField bulk(int planes) {
        return new InterlayerExchangeField(planes, new Double[0]);
    }

    public int[] modes() {
        return modes.clone();
    }

    public double[] sigma() {
        return sigma.clone();
    }
}
