package io.spinsim.devices.resistance;

/**
 * Demagnetization factors of a uniformly magnetized ellipsoid with semi-axes a, b, c (Osborn, Phys. Rev. 67, 351
 * (1945), eq. 2): N_a = (abc/2) int_0^inf ds / ((s + a^2) sqrt((s + a^2)(s + b^2)(s + c^2))), N_a + N_b + N_c = 1.
 * Seed 004 takes N_maj and N_min of its elliptical soft layer from here (its ref. [22]).
 */
public record EllipsoidDemagFactors(double nA, double nB, double nC) {

    /** Simpson panels over ln(s); the integrand is smooth in ln(s), so this is accurate to ~1e-12. */
    private static final int PANELS = 8000;
    /** The integral runs over [min(a,b,c)^2 / SPAN, max(a,b,c)^2 * SPAN]; the cut-off ends weigh < 1e-15. */
    private static final double SPAN = 1e16;

    public static EllipsoidDemagFactors of(double aM, double bM, double cM) {
        return new EllipsoidDemagFactors(factor(aM, bM, cM), factor(bM, aM, cM), factor(cM, aM, bM));
    }

    /** Factor along the axis of semi-axis a. */
    private static double factor(double a, double b, double c) {
        double a2 = a * a;
        double b2 = b * b;
        double c2 = c * c;
        double smallest = Math.min(a2, Math.min(b2, c2));
        double largest = Math.max(a2, Math.max(b2, c2));
        double lo = Math.log(smallest / SPAN);
        double hi = Math.log(largest * SPAN);
        double h = (hi - lo) / PANELS;
        double sum = 0;
        for (int k = 0; k <= PANELS; k++) {
            double s = Math.exp(lo + k * h);
            double f = s / ((s + a2) * Math.sqrt((s + a2) * (s + b2) * (s + c2))); // ds = s d(ln s)
            sum += f * (k == 0 || k == PANELS ? 1 : (k % 2 == 1 ? 4 : 2));
        }
        return a * b * c / 2 * sum * h / 3;
    }
}
