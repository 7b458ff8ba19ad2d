package io.spinsim.physics.solvers;

/** The classical 4th-order Runge-Kutta method, 4 field evaluations per step. */
public final class Rk4 extends FixedStepper {

    static final ButcherTableau TABLEAU = new ButcherTableau(
            new double[][]{{}, {0.5}, {0, 0.5}, {0, 0, 1}},
            new double[]{1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6}, new double[]{0, 0.5, 0.5, 1}, null);

    public Rk4(double dt) {
        super(TABLEAU, dt);
    }

    @Override
    public String name() {
        return "rk4";
    }
}
