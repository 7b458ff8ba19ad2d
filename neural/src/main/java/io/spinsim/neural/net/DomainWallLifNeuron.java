package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import io.spinsim.neural.torch.Tensors;

/**
 * Domain-wall MTJ LIF neuron of seed 003: dm/dt = -alpha m^2 + beta + gamma J(t) (seed 003 eq.4), integrated with
 * one explicit Euler step per network time step dt, J = J0 times the weighted presynaptic spikes; m rests at 0
 * (the leak beta < 0 stops at the rest state) and fires at 0.75.
 *
 * @param alpha     seed 003: -1.549
 * @param beta      seed 003: -1e7 (1/s)
 * @param gamma     seed 003: 1.039e-3 (m^2/(A s))
 * @param j0        current density per unit weighted spike, seed 003: 1e11 A/m^2
 * @param dt        network time step (s)
 * @param threshold seed 003: 0.75
 */
public record DomainWallLifNeuron(double alpha, double beta, double gamma, double j0, double dt, float threshold)
        implements SpikingNeuron {

    /** Seed 003's constants with a 1 ns step (the 1 ns write pulses of its DW-MTJ neuron). */
    public static DomainWallLifNeuron seed003() {
        return new DomainWallLifNeuron(-1.549, -1e7, 1.039e-3, 1e11, 1e-9, 0.75f);
    }

    @Override
    public NDArray integrate(NDArray membrane, NDArray input) {
        var m = membrane.getManager();
        NDArray dm = membrane.square().mul(Tensors.scalar(m, (float) (-alpha * dt)))
                .add(Tensors.scalar(m, (float) (beta * dt))).add(input.mul(Tensors.scalar(m, (float) (gamma * j0 * dt))));
        return RestFloor.apply(membrane.add(dm));
    }

    /** One Euler step from rest with gamma J0 I dt = threshold (seed 003 eq.4). */
    @Override
    public float thresholdInput() {
        return (float) (threshold / (gamma * j0 * dt));
    }

    @Override
    public String describe() {
        return "domain-wall LIF (seed 003 eq.4): alpha " + alpha + ", beta " + beta + " 1/s, gamma " + gamma
                + ", J0 " + j0 + " A/m^2, dt " + dt + " s, threshold " + threshold;
    }
}
