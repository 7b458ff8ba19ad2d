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
        this.regions = regions.clone();
        this.xi = xi;
        this.waveform = waveform;
        double[] p = normalize(cross(normalize(direction), normalize(normal)));
        dampingLike = new double[3 * regions.length];
        for (int r = 0; r < regions.length; r++) {
            if (regions[r] && msOfRegion[r] > 0) {
                double aJ = PhysicalConstants.HBAR * thetaSh * j
                        / (2 * PhysicalConstants.E_CHARGE * msOfRegion[r] * thicknessM);
                for (int c = 0; c < 3; c++) {
                    dampingLike[3 * r + c] = aJ * p[c];
                }
            }
        }
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
