package io.spinsim.jobs.device;

import java.util.Optional;

/**
 * Radius and wall width of an isolated Neel skyrmion in a thin film (X. S. Wang, H. Y. Yuan, X. R. Wang, Commun.
 * Phys. 1, 31 (2018)): R = pi D sqrt(A / (16 A K^2 - pi^2 D^2 K)), w = pi D / (4 K), with the effective anisotropy
 * K = Ku - mu0 Ms^2 / 2 of the local thin-film demagnetization approximation. Used where a seed gives no size.
 */
public record IsolatedSkyrmionSize(double radiusM, double wallWidthM) {

    private static final double MU0 = 4e-7 * Math.PI;

    /** Empty when the film holds no isolated skyrmion: K <= 0 or D at or above 4 sqrt(A K) / pi. */
    public static Optional<IsolatedSkyrmionSize> of(double msAPerM, double aJPerM, double kuJPerM3, double dJPerM2) {
        double k = kuJPerM3 - MU0 * msAPerM * msAPerM / 2;
        double denominator = 16 * aJPerM * k * k - Math.PI * Math.PI * dJPerM2 * dJPerM2 * k;
        if (k <= 0 || dJPerM2 <= 0 || denominator <= 0) {
            return Optional.empty();
        }
        double radius = Math.PI * dJPerM2 * Math.sqrt(aJPerM / denominator);
        return Optional.of(new IsolatedSkyrmionSize(radius, Math.PI * dJPerM2 / (4 * k)));
    }
}
