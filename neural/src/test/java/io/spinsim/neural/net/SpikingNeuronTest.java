package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.spinsim.neural.torch.Tensors;
import io.spinsim.neural.torch.Torch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One step of the device neurons from rest with the threshold input: threshold minus one step of leak. */
class SpikingNeuronTest {

    @Test
    void skyrmionAtRestDrivenByItsThresholdInputStopsOneLeakShortOfTheDetector() {
        SkyrmionLifNeuron n = SkyrmionLifNeuron.seed001();
        // seed 001 eq.7: x = 0 + nu I - eta with I = detector / nu
        assertThat(step(n, n.thresholdInput())).isCloseTo(n.detectorNm() - n.etaNm(), within(1e-3f));
    }

    @Test
    void domainWallAtRestDrivenByItsThresholdInputStopsOneLeakShortOfThreshold() {
        DomainWallLifNeuron n = DomainWallLifNeuron.seed003();
        // seed 003 eq.4, one Euler step from m = 0: m = dt (beta + gamma J0 I) = 0.75 + beta dt = 0.74
        assertThat(step(n, n.thresholdInput())).isCloseTo(0.75f + (float) (n.beta() * n.dt()), within(1e-5f));
    }

    @Test
    void membraneNeverLeaksBelowRest() {
        assertThat(step(SkyrmionLifNeuron.seed001(), 0f)).isZero();
        assertThat(step(DomainWallLifNeuron.seed003(), -1f)).isZero();
    }

    private static float step(SpikingNeuron n, float input) {
        try (NDManager m = Torch.newManager()) {
            NDArray rest = Tensors.floats(m, new float[]{0f});
            return n.integrate(rest, Tensors.floats(m, new float[]{input})).getFloat();
        }
    }
}
