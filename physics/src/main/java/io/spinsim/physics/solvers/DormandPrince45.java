package io.spinsim.physics.solvers;

import io.spinsim.physics.engine.LlgEngine;

/**
 * Adaptive Dormand-Prince 5(4) (J. R. Dormand and P. J. Prince, J. Comp. Appl. Math. 6, 19 (1980)): 7 stages, the
 * 5th-order solution is kept, the difference to the embedded 4th-order one estimates the local error. Error
 * control on |dm|: err = max over cells of |dt sum_j (b_j - b_hat_j) k_j| (dimensionless, like mumax3's MaxErr).
 * A step is accepted when err <= tolerance; the next step is dt 0.9 (tol/err)^(1/5), limited to [0.2, 5] times the
 * last one and to [minDt, maxDt]. A rejected step is retried with the smaller dt.
 */
public final class DormandPrince45 extends RungeKuttaStepper {

    static final ButcherTableau TABLEAU = new ButcherTableau(
            new double[][]{
                    {},
                    {1.0 / 5},
                    {3.0 / 40, 9.0 / 40},
                    {44.0 / 45, -56.0 / 15, 32.0 / 9},
                    {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
                    {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
                    {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84}},
            new double[]{35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0},
            new double[]{0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1},
            new double[]{71.0 / 57600, 0, -71.0 / 16695, 71.0 / 1920, -17253.0 / 339200, 22.0 / 525, -1.0 / 40});

    private static final double SAFETY = 0.9;
    private static final double MAX_GROWTH = 5;
    private static final double MAX_SHRINK = 0.2;

    private final double tolerance;
    private final double minDt;
    private final double maxDt;
    private double dt;
    private long rejected;

    /**
     * @param initialDt first trial step, s
     * @param tolerance largest accepted per-cell |dm| error per step
     */
    public DormandPrince45(double initialDt, double tolerance, double minDt, double maxDt) {
        super(TABLEAU);
        this.dt = initialDt;
        this.tolerance = tolerance;
        this.minDt = minDt;
        this.maxDt = maxDt;
    }

    @Override
    public double advance(LlgEngine engine, double limit) {
        while (true) {
            double h = Math.min(dt, limit);
            int slot = trial(engine, h);
            double err = engine.maxError();
            double factor = err == 0 ? MAX_GROWTH
                    : Math.max(MAX_SHRINK, Math.min(MAX_GROWTH, SAFETY * Math.pow(tolerance / err, 0.2)));
            if (err <= tolerance || h <= minDt) {
                engine.accept(slot, h);
                if (h == dt || factor < 1) {
                    dt = clamp(h * factor);
                }
                return h;
            }
            rejected++;
            dt = clamp(h * factor);
        }
    }

    private double clamp(double h) {
        return Math.max(minDt, Math.min(maxDt, h));
    }

    public double currentDt() {
        return dt;
    }

    public long rejectedSteps() {
        return rejected;
    }

    @Override
    public String name() {
        return "rk45";
    }
}
