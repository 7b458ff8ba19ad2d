package io.spinsim.physics.solvers;

/**
 * Heun's method (explicit trapezoid, 2nd order, 2 field evaluations per step); with the thermal field held over the
 * step it converges to the Stratonovich solution of the stochastic LLG (the mumax3 and OOMMF choice).
 */
public final class Heun extends FixedStepper {

    static final ButcherTableau TABLEAU = new ButcherTableau(
            new double[][]{{}, {1}}, new double[]{0.5, 0.5}, new double[]{0, 1}, null);

    public Heun(double dt) {
        super(TABLEAU, dt);
    }

    @Override
    public String name() {
        return "heun";
    }
}
