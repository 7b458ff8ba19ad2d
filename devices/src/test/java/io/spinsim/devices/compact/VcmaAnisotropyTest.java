package io.spinsim.devices.compact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VcmaAnisotropyTest {

    // seed 000: xi = 130 fJ/(V m), t_FL = 1 nm; oxide 1 nm (our choice)
    private final VcmaAnisotropy vcma = new VcmaAnisotropy(1.1e6, 130e-15, 1e-9, 1e-9);

    @Test
    void oneVoltLowersAnisotropyBy130kJPerM3() {
        // E = 1 V / 1 nm = 1e9 V/m; xi E / t_FL = 1.3e-13 * 1e9 / 1e-9 = 1.3e5 J/m^3
        assertThat(vcma.anisotropyJPerM3(1)).isCloseTo(1.1e6 - 1.3e5, within(1e-6));
        assertThat(vcma.anisotropyJPerM3(-1)).isCloseTo(1.1e6 + 1.3e5, within(1e-6));
    }

    @Test
    void voltageForShiftInvertsEq11() {
        assertThat(vcma.anisotropyJPerM3(vcma.voltageForShiftV(5e4))).isCloseTo(1.05e6, within(1e-6));
    }
}
