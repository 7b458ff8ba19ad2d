package io.spinsim.devices.profile;

import io.spinsim.devices.RecordingJobContext;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.Worker;
import io.spinsim.jobs.device.DeviceProfileSpec;
import io.spinsim.jobs.profile.ConductanceLevel;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunners;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DeviceProfileRunnerTest {

    private final SpecReader reader = new SpecReader();
    private final RecordingJobContext context = new RecordingJobContext();

    private DeviceProfileSpec spec(String json) {
        return reader.read(SpecReader.mapper().readTree(json), DeviceProfileSpec.class, "spec");
    }

    private DeviceProfile storedProfile(JobOutcome outcome) {
        Artifact json = outcome.artifacts().stream().filter(a -> a.name().equals("device-profile.json")).findFirst()
                .orElseThrow();
        assertThat(json.mediaType()).isEqualTo("application/json");
        JsonNode node = SpecReader.mapper().readTree(json.content());
        return reader.read(node, DeviceProfile.class, "profile");
    }

    @Test
    void solverServiceFindsTheRunnerThroughServiceLoader() {
        assertThat(JobRunners.forWorker(Worker.SOLVER)).containsKey(JobTypes.DEVICE_PROFILE.name());
    }

    @Test
    void straintronicProfileRoundTripsThroughTheStrictReader() throws Exception {
        JobOutcome outcome = new DeviceProfileRunner().run(spec("{\"straintronic_mtj\": {\"levels\": 5}}"), context);
        DeviceProfile profile = storedProfile(outcome);
        assertThat(profile.schema()).isEqualTo(DeviceProfile.SCHEMA_V2);
        assertThat(profile.device_class()).isEqualTo("straintronic-mtj");
        assertThat(profile.source().job_id()).isEqualTo(context.jobId().toString());
        // 5 levels evenly between G_AP = 1/2000 and G_P = 1/1000 S
        assertThat(profile.levels()).extracting(ConductanceLevel::g_S)
                .containsExactly(5e-4, 6.25e-4, 7.5e-4, 8.75e-4, 1e-3);
        assertThat(profile.read().read_voltage_V()).isEqualTo(0.1);
        assertThat(context.fractions()).contains(1.0);
    }

    @Test
    void skyrmionSynapseProfileHasNPlusOneLevelsAndReportsItsWindow() throws Exception {
        JobOutcome outcome = new DeviceProfileRunner().run(spec("{\"skyrmion_mtj\": {}}"), context);
        assertThat(storedProfile(outcome).levels()).hasSize(8);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) outcome.summary();
        assertThat((double) summary.get("on_off_ratio")).isCloseTo(1 + 7 * 4.872e-6 / 1.8103448e-3, within(2e-3));
        assertThat(outcome.artifacts()).extracting(Artifact::name).contains("levels.csv");
    }

    @Test
    void topologicalHallLevelsSpanTheSeed002ReadWindow() throws Exception {
        DeviceProfile profile = storedProfile(new DeviceProfileRunner().run(spec("{\"topological_hall\": {}}"), context));
        assertThat(profile.levels()).hasSize(16);
        assertThat(profile.gMinS()).isCloseTo(1.0 / 9000, within(1e-15));
        assertThat(profile.gMaxS()).isCloseTo(1.0 / 3000, within(1e-15));
    }

    @Test
    void mtjPerSkyrmionLevelsAreSortedWhenSkyrmionsLowerTheResistance() throws Exception {
        DeviceProfile profile = storedProfile(new DeviceProfileRunner().run(spec("{\"mtj_per_skyrmion\": {}}"), context));
        // R = 1000 - 5.62 k, k = 0..7: G from 1/1000 to 1/960.66 S
        assertThat(profile.gMinS()).isCloseTo(1e-3, within(1e-15));
        assertThat(profile.gMaxS()).isCloseTo(1 / 960.66, within(1e-12));
    }

    @Test
    void specWithTwoModelsIsRejectedNamingTheSpec() {
        assertThatThrownBy(() -> spec("{\"straintronic_mtj\": {}, \"skyrmion_mtj\": {}}"))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("spec")));
    }

    @Test
    void tooManySkyrmionsForTheDetectorIsRejectedNamingTheCount() {
        // footprint 2 (R + 2 w) = 2 (6.57 + 8.01) nm = 29.2 nm: at most 17 fit in 500 nm
        assertThatThrownBy(() -> spec("{\"skyrmion_mtj\": {\"skyrmions\": 40}}"))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("spec.skyrmion_mtj.skyrmions");
                            assertThat(v.allowed()).isEqualTo("<= 17");
                        }));
    }

    @Test
    void inverseResistancesAreRejectedNamingTheField() {
        assertThatThrownBy(() -> spec("{\"straintronic_mtj\": {\"r_ap_ohm\": 500}}"))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("spec.straintronic_mtj.r_ap_ohm")));
    }
}
