package io.spinsim.physics.torques;

import io.spinsim.physics.PhysicalConstants;
import io.spinsim.physics.engine.Drive;
import io.spinsim.physics.engine.Waveform;

/**
 * Current-perpendicular-to-plane spin-transfer torque (Slonczewski), seed 001 eq.3:
 * dm/dt = ... + gamma beta m x (m_p x m) with beta = hbar P J / (2 mu0 e t_FM Ms); in tesla (times mu0) that is the
 * damping-like vector beta m_p, plus an optional field-like part xi beta m_p. Also the local spin-polarized
 * nucleation pulse of seed 001 (20 ps, m_p = -z, on a spot).
 */
public final class SpinTransferTorqueCpp implements Drive {

    private final double[] dampingLike;
    private final double xi;
    private final Waveform waveform;

    /**
     * @param regions      region table entries it acts on
     * @param msOfRegion   Ms per region table entry, A/m
     * @param j            current density J, A/m^2
     * @param polarization spin polarization factor P
     * @param mp           polarization direction (normalized here)
     * @param thicknessM   free-layer thickness t_FM, m
     * @param xi           field-like / damping-like ratio
     */
    public SpinTransferTorqueCpp(boolean[] regions, double[] msOfRegion, double j, double polarization, double[] mp,
                                 double thicknessM, double xi, Waveform waveform) {
        this.xi = xi;
        this.waveform = waveform;
        double[] p = SpinOrbitTorque.normalize(mp);
        dampingLike = new double[3 * regions.length];
        for (int r = 0; r < regions.length; r++) {
            if (regions[r] && msOfRegion[r] > 0) {
                double beta = PhysicalConstants.HBAR * polarization * j
                        / (2 * PhysicalConstants.E_CHARGE * thicknessM * msOfRegion[r]);
                for (int c = 0; c < 3; c++) {
                    dampingLike[3 * r + c] = beta * p[c];
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
}
