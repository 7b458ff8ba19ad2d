package io.spinsim.devices.resistance;

import io.spinsim.jobs.device.StraintronicMtjModel;

/**
 * Linear transfer characteristic of a straintronic MTJ (seed 004 eq.2): G = G_AP + kappa (V_G - delta), with
 * Gamma = mu0 Ms |H_d| t / (3 lambda_s Y d33), nu = [Ms (N_min - N_maj) / |H_d|] Gamma, kappa = -1/(2 R_AP Gamma),
 * delta = Gamma - nu. Eq.2 holds while G stays between G_AP (V_G = delta) and G_P: that gate-voltage span is the
 * linear range; outside it the conductance saturates at G_AP or G_P (eq.1 at theta = 180 or 0 degrees).
 */
public record StraintronicTransfer(double gammaV, double nuV, double kappaSPerV, double deltaV, double gApS, double gPS,
                                   EllipsoidDemagFactors demag) {

    public static final double MU0 = 4e-7 * Math.PI;

    public static StraintronicTransfer of(StraintronicMtjModel m) {
        EllipsoidDemagFactors demag = EllipsoidDemagFactors.of(m.major_axis_m() / 2, m.minor_axis_m() / 2,
                m.thickness_m() / 2);
        double gamma = MU0 * m.ms_A_per_m() * m.hd_A_per_m() * m.piezo_thickness_m()
                / (3 * m.lambda_s() * m.young_modulus_Pa() * m.d33_C_per_N()); // seed 004 eq.2, Gamma
        double nu = m.ms_A_per_m() * (demag.nB() - demag.nA()) / m.hd_A_per_m() * gamma; // seed 004 eq.2, nu
        double kappa = -1 / (2 * m.r_ap_ohm() * gamma); // seed 004 eq.2, kappa
        return new StraintronicTransfer(gamma, nu, kappa, gamma - nu, 1 / m.r_ap_ohm(), 1 / m.r_p_ohm(), demag);
    }

    /** Conductance at gate voltage V_G, eq.2 inside the linear range, saturated outside it. */
    public double conductanceS(double gateV) {
        double g = gApS + kappaSPerV * (gateV - deltaV); // seed 004 eq.2
        return Math.max(Math.min(g, Math.max(gApS, gPS)), Math.min(gApS, gPS));
    }

    /** Gate voltage at which eq.2 reaches G_P: the far end of the linear range. */
    public double gateAtGpV() {
        return deltaV + (gPS - gApS) / kappaSPerV;
    }

    /** Lower end of the linear range. */
    public double linearRangeLowV() {
        return Math.min(deltaV, gateAtGpV());
    }

    /** Upper end of the linear range. */
    public double linearRangeHighV() {
        return Math.max(deltaV, gateAtGpV());
    }
}
