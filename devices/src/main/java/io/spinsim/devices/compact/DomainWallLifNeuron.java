package io.spinsim.devices.compact;

import java.util.ArrayList;
import java.util.List;

/**
 * Domain-wall leaky integrate-and-fire neuron of seed 003 (eq.4): the free-layer magnetization m is the membrane
 * potential, dm/dt = -alpha m^2 + beta + gamma J(t), integrated with the paper's explicit step dt; m >= threshold
 * fires and resets m to rest. The leak (beta < 0) stops at rest, where the wall is back at its starting pin.
 *
 * @param alpha      alpha_D (seed 003: -1.549 1/s)
 * @param beta       beta_D, the leak rate (seed 003: -1e7 1/s)
 * @param gamma      gamma_D, integration per current density (seed 003: 1.039e-3 m^2/(A s))
 * @param threshold  firing threshold (seed 003: 0.75)
 * @param rest       resting m (0)
 * @param dtS        time step (seed 003: 1e-11 s)
 */
public record DomainWallLifNeuron(double alpha, double beta, double gamma, double threshold, double rest, double dtS) {

    public static final DomainWallLifNeuron SEED_003 = new DomainWallLifNeuron(-1.549, -1e7, 1.039e-3, 0.75, 0, 1e-11);

    /** m after one step from m under current density j; not yet reset. */
    public double step(double m, double jAPerM2) {
        double next = m + dtS * (-alpha * m * m + beta + gamma * jAPerM2); // seed 003 eq.4
        return Math.max(next, rest);
    }

    /** Runs a drive for a duration and records m at every step and the spike times. */
    public LifTrace run(CurrentWaveform drive, double durationS) {
        int steps = (int) Math.round(durationS / dtS);
        double[] t = new double[steps + 1];
        double[] m = new double[steps + 1];
        List<Double> spikes = new ArrayList<>();
        m[0] = rest;
        for (int n = 0; n < steps; n++) {
            t[n + 1] = (n + 1) * dtS;
            double next = step(m[n], drive.densityAPerM2(n * dtS));
            if (next >= threshold) {
                spikes.add(t[n + 1]);
                next = rest;
            }
            m[n + 1] = next;
        }
        return new LifTrace(t, m, spikes.stream().mapToDouble(Double::doubleValue).toArray(), durationS);
    }
}
