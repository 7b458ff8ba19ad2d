package io.spinsim.devices.resistance;

import io.spinsim.devices.magnetization.MagnetizationMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MtjCellConductanceTest {

    // seed 001: P = 0.4; G0 = cell area / RA = (2 nm)^2 / 1e-11 Ohm m^2 = 4e-7 S
    private final MtjCellConductance detector = MtjCellConductance.fromRaProduct(4e-18, 1e-11, 0.4, 0, 0, -1);

    @Test
    void parallelCellsEachConductG0() {
        MagnetizationMap down = MagnetizationMap.uniform(10, 5, 2e-9, 2e-9, 0, 0, -1);
        assertThat(detector.conductanceS(down, down.all())).isCloseTo(50 * 4e-7, within(1e-18));
    }

    @Test
    void antiparallelCellsConductG0TimesOneMinusPSquaredOverOnePlusPSquared() {
        // (1 - 0.16)/(1 + 0.16) = 0.7241379 per cell
        MagnetizationMap up = MagnetizationMap.uniform(10, 5, 2e-9, 2e-9, 0, 0, 1);
        assertThat(detector.conductanceS(up, up.all())).isCloseTo(50 * 4e-7 * 0.84 / 1.16, within(1e-18));
    }

    @Test
    void inPlaneCellsSitHalfwayInAngleButAtG0OverOnePlusPSquared() {
        MagnetizationMap x = MagnetizationMap.uniform(4, 4, 2e-9, 2e-9, 1, 0, 0);
        assertThat(detector.conductanceS(x, x.all())).isCloseTo(16 * 4e-7 / 1.16, within(1e-18));
    }
}
