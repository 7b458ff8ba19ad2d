package io.spinsim.devices.characterization;

import io.spinsim.devices.magnetization.MagnetizationMap;
import io.spinsim.devices.magnetization.SkyrmionAnsatz;
import io.spinsim.devices.profile.SkyrmionMtjDevice;
import io.spinsim.jobs.device.SkyrmionMtjModel;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.ProfileSource;
import io.spinsim.jobs.profile.ReadConditions;
import io.spinsim.jobs.profile.UpdateCost;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Characterization of synthetic magnetization sequences whose answer is known: skyrmion maps of the seed 001
 * detector (500 x 50 nm, 2 nm cells, R = 6.57 nm, w = 4.0 nm) holding a prescribed number of skyrmions per pulse.
 */
class SyntheticSkyrmionSynapseTest {

    private final SkyrmionMtjModel model = SkyrmionMtjModel.seed001();
    private final SkyrmionMtjDevice device = new SkyrmionMtjDevice(model);
    private final MagnetizationMap empty = device.emptyDetector();
    private final SynapseReadout readout = new SynapseReadout(0, empty.all(),
            (cells, q) -> device.detector().conductanceS(cells, cells.all()));
    private final SkyrmionAnsatz skyrmion = new SkyrmionAnsatz(model.skyrmion_radius_m(), model.wall_width_m());

    private MagnetizationMap withSkyrmions(int k) {
        MagnetizationMap map = MagnetizationMap.uniform(empty.nx(), empty.ny(), empty.dxM(), empty.dyM(), 0, 0, 1);
        double slot = 500e-9 / 7;
        for (int j = 0; j < k; j++) {
            skyrmion.drawInto(map, (j + 0.5) * slot, 25e-9, 1);
        }
        return map;
    }

    private List<PulseSample> trace(int[] ltp, int[] ltd) {
        List<PulseSample> t = new ArrayList<>();
        for (int n = 0; n < ltp.length; n++) {
            t.add(readout.read(PulseSample.Phase.LTP, n, withSkyrmions(ltp[n]).toSnapshot(n * 1.5e-9, 1e-9)));
        }
        for (int n = 0; n < ltd.length; n++) {
            double time = (ltp.length + n) * 1.5e-9;
            t.add(readout.read(PulseSample.Phase.LTD, n, withSkyrmions(ltd[n]).toSnapshot(time, 1e-9)));
        }
        return t;
    }

    @Test
    void aReversedCellWithoutChargeIsNotCountedAsASkyrmion() {
        MagnetizationMap map = withSkyrmions(2);
        // one tipped-over cell far from both skyrmions (as the DMI canting leaves at an edge): a cluster with Q ~ 0
        int i = map.index(200, 5);
        map.mx()[i] = 0;
        map.my()[i] = 0;
        map.mz()[i] = -1;
        PulseSample s = readout.read(PulseSample.Phase.LTP, 0, map.toSnapshot(0, 1e-9));
        assertThat(s.skyrmions()).isEqualTo(2);
        assertThat(Math.abs(s.topologicalCharge())).isCloseTo(2, within(0.1));
    }

    @Test
    void readoutCountsSkyrmionsAndTheirTopologicalCharge() {
        PulseSample s = readout.read(PulseSample.Phase.LTP, 0, withSkyrmions(5).toSnapshot(0, 1e-9));
        assertThat(s.skyrmions()).isEqualTo(5);
        // each skyrmion carries |Q| = 1; physics' detector sums the lattice charge over the core and part of the wall,
        // and this profile's tail is broad (w = 4 nm for R = 6.6 nm): 5% per skyrmion
        assertThat(Math.abs(s.topologicalCharge())).isCloseTo(5, within(0.25));
    }

    @Test
    void seed001PulseScheduleGivesEightLinearSymmetricStates() {
        // seed 001 Fig. 7c: LTP reads 0,0,1..7,7; LTD reads 7,7,6..0,0
        List<PulseSample> t = trace(new int[]{0, 0, 1, 2, 3, 4, 5, 6, 7, 7}, new int[]{7, 7, 6, 5, 4, 3, 2, 1, 0, 0});
        SynapseMetrics m = new SynapseCharacterization(0.02).analyze(List.of(t));
        assertThat(m.levels()).hasSize(8);
        assertThat(m.distinctStates()).isEqualTo(8);
        assertThat(m.monotonic()).isTrue();
        // equal steps to 1e-5 of a step (see SkyrmionMtjDeviceTest) make both curves straight lines
        assertThat(m.ltp().r2()).isCloseTo(1, within(1e-9));
        assertThat(m.ltd().r2()).isCloseTo(1, within(1e-9));
        assertThat(m.ltp().nonlinearity().label()).isCloseTo(0, within(1e-3));
        assertThat(m.asymmetry()).isCloseTo(0, within(1e-5));
        double[] closedForm = device.levelsS();
        assertThat(m.onOffRatio()).isCloseTo(closedForm[7] / closedForm[0], within(1e-12));
        assertThat(m.levels().get(3).sigmaC2cS()).isCloseTo(0, within(1e-18));
    }

    @Test
    void characterizationBecomesAValidV2ProfileWithCurvesAndMetrics() {
        List<PulseSample> t = trace(new int[]{0, 0, 1, 2, 3, 4, 5, 6, 7, 7}, new int[]{7, 7, 6, 5, 4, 3, 2, 1, 0, 0});
        SynapseMetrics m = new SynapseCharacterization(0.02).analyze(List.of(t));
        DeviceProfile p = ProfileFromCharacterization.profile("synthetic", "skyrmion-mtj",
                new ProfileSource("simulated", "job-1", "synthetic maps"), m,
                new PulseProtocol(3e11, 0.75e-9, 1.5e-9, 9, 9), new UpdateCost(7.7e-15, 1.5e-9),
                new ReadConditions(0.1, null));
        new SpecReader().validate(p, "profile");
        assertThat(p.levels()).hasSize(8);
        assertThat(p.update_curves().ltp().g_S()).hasSize(10);
        assertThat(p.nonlinearity().r2_ltp()).isCloseTo(1, within(1e-9));
        assertThat(p.nonlinearity().nl_ltd()).isCloseTo(0, within(1e-3));
    }

    @Test
    void depressionRemovingTwoSkyrmionsPerPulseIsAsymmetricByThreeTwentyEighths() {
        // LTP one skyrmion per pulse: normalized y(x) = x. LTD 7,5,3,1,0: u = 0, 2/7, 4/7, 6/7, 1 at x = 0, 1/4,
        // 1/2, 3/4, 1; the largest |y - u| is at x = 3/4: 6/7 - 3/4 = 3/28
        List<PulseSample> t = trace(new int[]{0, 1, 2, 3, 4, 5, 6, 7}, new int[]{7, 5, 3, 1, 0});
        SynapseMetrics m = new SynapseCharacterization(0.02).analyze(List.of(t));
        assertThat(m.asymmetry()).isCloseTo(3 / 28.0, within(1e-5));
        assertThat(m.ltd().nonlinearity().label()).isGreaterThan(0);
    }
}
