package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import io.spinsim.neural.torch.Tensors;

/**
 * Bilayer skyrmion LIF neuron of seed 001: the skyrmion position (nm from its start) is the membrane,
 * x(t+1) = x(t) + nu sum_j w_ij i_j(t) - eta (seed 001 eq.7), with nu = nu_bar dt J_spike and eta = eta_bar dt
 * (first-order fits, seed 001 Sec. IV). The skyrmion cannot move behind its start (the track edge stops it), so
 * x >= 0; it fires on reaching the detector.
 *
 * @param nuNm       displacement per unit weighted spike per step (nm)
 * @param etaNm      leak displacement per step (nm)
 * @param detectorNm distance from start to the detector (nm)
 */
public record SkyrmionLifNeuron(float nuNm, float etaNm, float detectorNm) implements SpikingNeuron {

    /**
     * Seed 001's device: 30 MA/cm^2 carries the skyrmion ~175 nm in ~3 ns (nu_bar ~ 1.94 nm/(ns MA/cm^2)); the
     * anisotropy gradient returns it ~200 nm in ~23 ns (eta_bar ~ 8.7 nm/ns); steps of 2 ns; spikes of
     * 25 MA/cm^2; start 50 nm, detector 150 nm.
     */
    public static SkyrmionLifNeuron seed001() {
        float nuBar = 175f / 3f / 30f;
        float etaBar = 200f / 23f;
        return new SkyrmionLifNeuron(nuBar * 2f * 25f, etaBar * 2f, 100f);
    }

    @Override
    public NDArray integrate(NDArray membrane, NDArray input) {
        var m = membrane.getManager();
        return RestFloor.apply(membrane.add(input.mul(Tensors.scalar(m, nuNm))).sub(Tensors.scalar(m, etaNm)));
    }

    @Override
    public float threshold() {
        return detectorNm;
    }

    @Override
    public float thresholdInput() {
        return detectorNm / nuNm;
    }

    @Override
    public String describe() {
        return "skyrmion LIF (seed 001 eq.7): nu " + nuNm + " nm, eta " + etaNm + " nm, detector " + detectorNm + " nm";
    }
}
