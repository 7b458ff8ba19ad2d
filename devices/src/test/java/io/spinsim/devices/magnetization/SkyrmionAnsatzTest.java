package io.spinsim.devices.magnetization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SkyrmionAnsatzTest {

    private final SkyrmionAnsatz skyrmion = new SkyrmionAnsatz(6.57e-9, 4.0e-9);

    @Test
    void coreIsReversedWallCrossesZeroAtRadiusAndTailReturnsToBackground() {
        assertThat(skyrmion.theta(0)).isEqualTo(Math.PI);
        assertThat(Math.cos(skyrmion.theta(6.57e-9))).isCloseTo(0, within(1e-12));
        assertThat(skyrmion.theta(200e-9)).isLessThan(1e-20);
    }

    @Test
    void profileStaysFiniteFarBeyondWhereSinhOverflows() {
        SkyrmionAnsatz bubble = new SkyrmionAnsatz(300e-9, 0.3e-9);
        assertThat(Math.cos(bubble.theta(299.9e-9))).isCloseTo(-Math.tanh(0.1 / 0.3), within(1e-3));
        assertThat(bubble.theta(400e-9)).isBetween(0.0, 1e-100);
    }

    @Test
    void drawnSkyrmionKeepsUnitLengthAndNeelChirality() {
        MagnetizationMap map = MagnetizationMap.uniform(40, 40, 1e-9, 1e-9, 0, 0, 1);
        skyrmion.drawInto(map, 20e-9, 20e-9, 1);
        for (int i = 0; i < 1600; i++) {
            double n = Math.sqrt(map.mx()[i] * map.mx()[i] + map.my()[i] * map.my()[i] + map.mz()[i] * map.mz()[i]);
            assertThat(n).isCloseTo(1, within(1e-12));
        }
        int rightOfCentre = map.index(27, 19);
        assertThat(map.mx()[rightOfCentre]).isPositive(); // in-plane part points radially outward
        assertThat(map.mz()[map.index(19, 19)]).isLessThan(-0.9);
    }
}
