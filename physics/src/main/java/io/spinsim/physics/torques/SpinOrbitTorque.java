package io.spinsim.physics.torques;

import io.spinsim.physics.PhysicalConstants;
import io.spinsim.physics.engine.Drive;
import io.spinsim.physics.engine.Waveform;

/**
 * Spin-orbit torque from a current in an adjacent heavy metal (seed 000 eq.8):
 * tau = -gamma/(1+alpha^2) a_J [(1 + xi alpha) m x (m x p) + (xi - alpha) m x p] with
 * a_J = hbar theta_SH j / (2 e Ms d) (in tesla, i.e. mu0 times the seed's a_J) and p = j_hat x n_hat (the sign of
 * theta_SH and of j enter through a_J). The kernel evaluates the Slonczewski form from the damping-like vector
 * a_J p and the field-like vector xi a_J p per region.
 */
public final class SpinOrbitTorque implements Drive {

    private final boolean[] regions;
    private final double[] dampingLike;
    private final double xi;
    private final Waveform waveform;

    /**
     * @param regions     region table entries it acts on
     * @param msOfRegion  Ms per region table entry, A/m
     * @param j           current density, A/m^2 (signed along direction)
     * @param thetaSh     spin Hall angle
     * @param direction   current direction (normalized here)
     * @param normal      interface normal from heavy metal into the magnet (normalized here)
     * @param thicknessM  free-layer thickness d, m
     * @param xi          field-like / damping-like ratio
     */
    public SpinOrbitTorque(boolean[] regions, double[] msOfRegion, double j, double thetaSh, double[] direction,
                           double[] normal, double thicknessM, double xi, Waveform waveform) {
        this(regions, xi, waveform, dampingLike(regions, msOfRegion,
                uniform(regions.length, j, normalize(cross(normalize(direction), normalize(normal)))), thetaSh,
                thicknessM));
    }

    private SpinOrbitTorque(boolean[] regions, double xi, Waveform waveform, double[] dampingLike) {
        this.regions = regions.clone();
        this.xi = xi;
        this.waveform = waveform;
        this.dampingLike = dampingLike;
    }

    /**
     * A current whose density differs from entry to entry (one entry per cell of a {@link CurrentDensity} flow):
     * p = j_hat x n_hat and a_J proportional to |j| per entry.
     *
     * @param jOfRegion current density vector per region table entry, 3 values each, A/m^2
     */
    public static SpinOrbitTorque distributed(boolean[] regions, double[] msOfRegion, double[] jOfRegion,
                                              double thetaSh, double[] normal, double thicknessM, double xi,
                                              Waveform waveform) {
        double[] n = normalize(normal);
        double[] jxn = new double[jOfRegion.length];
        for (int r = 0; r < regions.length; r++) {
            double[] v = cross(new double[]{jOfRegion[3 * r], jOfRegion[3 * r + 1], jOfRegion[3 * r + 2]}, n);
            System.arraycopy(v, 0, jxn, 3 * r, 3);
        }
        return new SpinOrbitTorque(regions, xi, waveform, dampingLike(regions, msOfRegion, jxn, thetaSh, thicknessM));
    }

    /** j p_hat for every entry. */
    private static double[] uniform(int entries, double j, double[] p) {
        double[] jp = new double[3 * entries];
        for (int r = 0; r < entries; r++) {
            for (int c = 0; c < 3; c++) {
                jp[3 * r + c] = j * p[c];
            }
        }
        return jp;
    }

    /** a_J p = hbar theta_SH / (2 e Ms d) (j p_hat) per entry (seed 000 eq.8), tesla; jp: j p_hat per entry. */
    private static double[] dampingLike(boolean[] regions, double[] msOfRegion, double[] jp, double thetaSh,
                                        double thicknessM) {
        double[] dl = new double[3 * regions.length];
        for (int r = 0; r < regions.length; r++) {
            if (regions[r] && msOfRegion[r] > 0) {
                double k = PhysicalConstants.HBAR * thetaSh
                        / (2 * PhysicalConstants.E_CHARGE * msOfRegion[r] * thicknessM);
                for (int c = 0; c < 3; c++) {
                    dl[3 * r + c] = k * jp[3 * r + c];
                }
            }
        }
        return dl;
    }

    @Override
    public void addTo(double t, double[] bExt, double[] pDl, double[] pFl) {
        SpinTorques.add(waveform.value(t), dampingLike, xi, pDl, pFl);
    }

    @Override
    public boolean timeDependent() {
        return !waveform.constant();
    }

    @Override
    public boolean activeWhileRelaxing() {
        return false;
    }

    static double[] cross(double[] a, double[] b) {
        return new double[]{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] normalize(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[]{v[0] / n, v[1] / n, v[2] / n};
    }
}
