package io.spinsim.physics.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The test JVMs run the PoCL kernels, so they must preload libjsig (root pom, profile jsig) as the services do. */
class SignalChainingTest {

    @Test
    void testJvmPreloadsTheJdksSignalChainingLibrary() {
        assumeTrue(SignalChaining.library().isPresent(), "this JDK has no libjsig.so");
        assumeTrue(SignalChaining.loaded().isPresent(), "no /proc/self/maps");
        assertThat(SignalChaining.loaded()).contains(true);
        assertThat(SignalChaining.warningFor("Portable Computing Language")).isEmpty();
    }

    @Test
    void onlyPlatformsThatCompileInProcessNeedIt() {
        assertThat(SignalChaining.warningFor("NVIDIA CUDA")).isEmpty();
        assertThat(SignalChaining.warningFor(null)).isEmpty();
    }
}
