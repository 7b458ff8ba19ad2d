package io.spinsim.neural.crossbar;

/**
 * How far a crossbar result is from the exact product.
 *
 * @param max_abs_error     max_i |y_i - y*_i|
 * @param rms_error         sqrt(mean_i (y_i - y*_i)^2)
 * @param relative_l2_error ||y - y*|| / ||y*|| (0 when both are zero, infinite when only y* is zero)
 */
public record VmmErrors(double max_abs_error, double rms_error, double relative_l2_error) {

    public static VmmErrors between(double[] exact, double[] mapped) {
        double max = 0;
        double sq = 0;
        double norm = 0;
        for (int i = 0; i < exact.length; i++) {
            double e = mapped[i] - exact[i];
            max = Math.max(max, Math.abs(e));
            sq += e * e;
            norm += exact[i] * exact[i];
        }
        double rel = sq == 0 ? 0 : Math.sqrt(sq / norm);
        return new VmmErrors(max, Math.sqrt(sq / exact.length), rel);
    }
}
