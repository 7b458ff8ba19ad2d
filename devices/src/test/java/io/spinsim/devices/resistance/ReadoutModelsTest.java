package io.spinsim.devices.resistance;

import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.magnetization.MagnetizationMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadoutModelsTest {

    @Test
    void tunnelResistanceRunsFromRpToRapWithTheAngle() {
        // seed 003: R_P/R_AP = 200/600 Ohm; eq.2 at m.m_P = 1, 0, -1 gives 200, 400, 600 Ohm
        TunnelResistance mtj = new TunnelResistance(200, 600);
        assertThat(mtj.resistanceOhm(1)).isEqualTo(200);
        assertThat(mtj.resistanceOhm(0)).isEqualTo(400);
        assertThat(mtj.resistanceOhm(-1)).isEqualTo(600);
        assertThat(mtj.tmr()).isEqualTo(2);
    }

    @Test
    void domainWallAtTheCentreReadsTheMeanResistance() {
        // half the free layer along m_P, half against: mean m.m_P = 0 -> (200 + 600)/2 = 400 Ohm (seed 003 eq.2)
        MagnetizationMap map = MagnetizationMap.uniform(8, 2, 1e-9, 1e-9, 0, 0, 1);
        for (int y = 0; y < 2; y++) {
            for (int x = 4; x < 8; x++) {
                map.mz()[map.index(x, y)] = -1;
            }
        }
        TunnelResistance mtj = new TunnelResistance(200, 600);
        assertThat(mtj.resistanceOhm(map, map.all(), 0, 0, 1)).isCloseTo(400, within(1e-12));
        assertThat(mtj.resistanceOhm(map, new CellRegion(4, 0, 8, 2), 0, 0, 1)).isCloseTo(600, within(1e-12));
    }

    @Test
    void dividerHalvesTheReadVoltageWhenDeviceEqualsReadResistor() {
        VoltageDivider divider = new VoltageDivider(575, 0.138);
        assertThat(divider.outputV(575)).isCloseTo(0.069, within(1e-15));
        // seed 003 Fig. 6f: R from 380 to 590 Ohm -> V_out = 380/955 * 0.138 = 54.9 mV and 590/1165 * 0.138 = 69.9 mV
        assertThat(divider.outputV(380)).isCloseTo(0.0549, within(1e-4));
        assertThat(divider.outputV(590)).isCloseTo(0.0699, within(1e-4));
        assertThat(divider.fires(590, 0.065)).isTrue();
        assertThat(divider.fires(380, 0.065)).isFalse();
    }

    @Test
    void writeEnergyOfTheSeed001SynapseIs54Femtojoule() {
        // E = rho L A J^2 t = 1e-6 Ohm m * 1e-6 m * (50 nm * 1 nm) * (3e11 A/m^2)^2 * 12e-9 s
        //   = 1e-6 * 1e-6 * 5e-17 * 9e22 * 1.2e-8 = 5.4e-14 J = 54 fJ; / 7 skyrmions = 7.71 fJ
        WriteEnergy energy = new WriteEnergy(1e-6, 1e-6, 50e-9 * 1e-9);
        assertThat(energy.energyJ(3e11, 12e-9)).isCloseTo(54e-15, within(1e-20));
        assertThat(energy.energyJ(3e11, 12e-9) / 7).isCloseTo(7.714e-15, within(1e-18));
    }

    @Test
    void topologicalHallResistivityCountsSkyrmionsRegardlessOfChargeSign() {
        // seed 000: 22 nOhm cm = 2.2e-10 Ohm m per skyrmion; 16 skyrmions -> 3.52e-9 Ohm m
        TopologicalHallResistivity hall = new TopologicalHallResistivity(2.2e-10);
        assertThat(hall.rhoOhmM(16)).isCloseTo(3.52e-9, within(1e-22));
        assertThat(hall.rhoOhmM(-16)).isCloseTo(3.52e-9, within(1e-22));
    }

    @Test
    void topologicalHallFromHallCoefficientUsesTheFluxQuantum() {
        // P R0 (h/e) / A = 1 * (-1.5e-11 Ohm m/T) * 4.135667696e-15 Wb / (100 nm)^2 = -6.2035e-12 Ohm m
        TopologicalHallResistivity hall = TopologicalHallResistivity.fromHallCoefficient(1, -1.5e-11, 1e-14);
        assertThat(hall.rhoPerSkyrmionOhmM()).isCloseTo(-6.2035e-12, within(1e-16));
    }

    @Test
    void mtjReadoutStepsByTheSeed000ValuePerSkyrmion() {
        SkyrmionMtjReadout readout = new SkyrmionMtjReadout(1000, 5.62);
        assertThat(readout.resistanceOhm(8)).isCloseTo(1044.96, within(1e-9));
    }
}
