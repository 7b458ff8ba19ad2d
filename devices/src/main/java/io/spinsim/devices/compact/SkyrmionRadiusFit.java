package io.spinsim.devices.compact;

/**
 * Skyrmion radius against anisotropy at fixed DMI, the sigmoid fit of seed 000 eq.12:
 * R = beta D / (1 + e^{c1 (K - c2)} + e^{-c1 (K + c2)}), and its first-order form eq.13: R = beta D / (3 + 2 c1 K).
 * <p>
 * Two readings of the printed fit: (1) the last exponent is printed as +c1 (K + c2), which exceeds e^60 for every
 * K > 0 and makes R vanish, so we take it as -c1 (K + c2) (negligible, < e^-60): the curve is then the sigmoid the
 * paper describes, halving at K = c2 = 0.61 MJ/m^3 and falling linearly over 0.58-0.64 MJ/m^3 (width 1/c1 = 20
 * kJ/m^3). (2) beta = 1.03e5 "m^3/J" gives beta D = 309 m; we read beta D as nanometres, beta = 1.03e-4 m^3/J in SI,
 * so R = 309 nm well below c2 and 154.5 nm at c2, sizes that fit the 1024 x 512 nm film of Fig. 6.
 *
 * @param betaM3PerJ beta (1.03e-4 m^3/J)
 * @param c1M3PerJ   c1 (5e-5 m^3/J)
 * @param c2JPerM3   c2 (6.1e5 J/m^3)
 */
public record SkyrmionRadiusFit(double betaM3PerJ, double c1M3PerJ, double c2JPerM3) {

    /** The seed 000 fit coefficients, read as above. */
    public static final SkyrmionRadiusFit SEED_000 = new SkyrmionRadiusFit(1.03e-4, 5e-5, 6.1e5);

    public double radiusM(double dmiJPerM2, double kJPerM3) {
        return betaM3PerJ * dmiJPerM2
                / (1 + Math.exp(c1M3PerJ * (kJPerM3 - c2JPerM3)) + Math.exp(-c1M3PerJ * (kJPerM3 + c2JPerM3))); // seed 000 eq.12
    }

    /** Seed 000 eq.13 as printed. */
    public double firstOrderRadiusM(double dmiJPerM2, double kJPerM3) {
        return betaM3PerJ * dmiJPerM2 / (3 + 2 * c1M3PerJ * kJPerM3); // seed 000 eq.13
    }
}
