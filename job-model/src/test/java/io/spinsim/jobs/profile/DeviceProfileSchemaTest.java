package io.spinsim.jobs.profile;

import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceProfileSchemaTest {

    private final SpecReader reader = new SpecReader();

    private DeviceProfile read(String json) {
        return reader.read(SpecReader.mapper().readTree(json), DeviceProfile.class, "profile");
    }

    private List<FieldViolation> violations(String json) {
        try {
            read(json);
        } catch (InvalidSpecException e) {
            return e.violations();
        }
        throw new AssertionError("profile was accepted: " + json);
    }

    private static String levels(String... g) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < g.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"g_S\":").append(g[i]).append('}');
        }
        return sb.append(']').toString();
    }

    @Test
    void v1DocumentIsReadWithDefaultSpreads() {
        DeviceProfile p = read("{\"schema\":\"spinsim.device-profile/v1\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("1e-6", "2e-6") + "}");
        assertThat(p.levels().get(1).sigma_c2c_S()).isZero();
        assertThat(p.update_curves()).isNull();
    }

    @Test
    void v2DocumentCarriesUpdateCurvesNonlinearityCostAndReadConditions() {
        DeviceProfile p = read("{\"schema\":\"spinsim.device-profile/v2\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"source\":{\"kind\":\"simulated\",\"job_id\":\"j1\"},\"levels\":" + levels("1e-6", "2e-6")
                + ",\"update_curves\":{\"ltp\":{\"g_S\":[1e-6,1.5e-6,2e-6],\"pulse_width_s\":7.5e-10},"
                + "\"ltd\":{\"g_S\":[2e-6,1e-6]}},\"nonlinearity\":{\"nl_ltp\":0.5,\"nl_ltd\":-0.5,"
                + "\"r2_ltp\":0.99,\"asymmetry\":0.1},\"update_cost\":{\"energy_per_update_J\":7.7e-15,"
                + "\"latency_per_update_s\":1.5e-9},\"read\":{\"read_voltage_V\":0.05}}");
        assertThat(p.update_curves().ltp().pulses()).isEqualTo(2);
        assertThat(p.nonlinearity().nl_ltd()).isEqualTo(-0.5);
        assertThat(p.update_cost().energy_per_update_J()).isEqualTo(7.7e-15);
        assertThat(p.source().job_id()).isEqualTo("j1");
    }

    @Test
    void writtenProfileOmitsAbsentOptionalFields() {
        DeviceProfile p = new DeviceProfile(DeviceProfile.SCHEMA_V2, "a", "x", null,
                List.of(ConductanceLevel.ideal(1e-6), ConductanceLevel.ideal(2e-6)));
        String json = SpecReader.mapper().writeValueAsString(p);
        assertThat(json).doesNotContain("update_curves").doesNotContain("null");
        assertThat(read(json)).isEqualTo(p);
    }

    @Test
    void nonMonotonicLevelsAreRejectedNamingTheLevel() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v1\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("1e-6", "3e-6", "2e-6") + "}"))
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo("profile.levels[2].g_S");
                    assertThat(v.allowed()).isEqualTo("> levels[1].g_S");
                });
    }

    @Test
    void negativeConductanceIsRejectedWithTheAllowedRange() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v1\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("-1e-6", "2e-6") + "}"))
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo("profile.levels[0].g_S");
                    assertThat(v.allowed()).isEqualTo("[0, 10] S");
                });
    }

    @Test
    void negativeSpreadIsRejected() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v1\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":[{\"g_S\":1e-6,\"sigma_c2c_S\":-1e-9},{\"g_S\":2e-6}]}"))
                .anySatisfy(v -> assertThat(v.field()).isEqualTo("profile.levels[0].sigma_c2c_S"));
    }

    @Test
    void missingFieldsAreNamed() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v1\",\"device_class\":\"x\"}"))
                .extracting(FieldViolation::field).contains("profile.name", "profile.levels");
        assertThat(violations("{\"name\":\"a\",\"device_class\":\"x\",\"levels\":" + levels("1e-6", "2e-6") + "}"))
                .extracting(FieldViolation::field).containsExactly("profile.schema");
    }

    @Test
    void singleLevelIsRejected() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v1\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("1e-6") + "}"))
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo("profile.levels");
                    assertThat(v.allowed()).isEqualTo("size in [2, 4096]");
                });
    }

    @Test
    void unknownSchemaVersionIsRejected() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v3\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("1e-6", "2e-6") + "}"))
                .extracting(FieldViolation::field).containsExactly("profile.schema");
    }

    @Test
    void v1DocumentUsingAV2FieldIsRejectedNamingTheField() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v1\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("1e-6", "2e-6") + ",\"update_cost\":{\"energy_per_update_J\":1e-15}}"))
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo("profile.update_cost");
                    assertThat(v.allowed()).isEqualTo("schema spinsim.device-profile/v2");
                });
    }

    @Test
    void updateCurveWithNegativeConductanceIsRejectedNamingThePulse() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v2\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("1e-6", "2e-6") + ",\"update_curves\":{\"ltp\":{\"g_S\":[1e-6,-2e-6]}}}"))
                .anySatisfy(v -> assertThat(v.field()).isEqualTo("profile.update_curves.ltp.g_S[1]"));
    }

    @Test
    void unknownFieldIsRejected() {
        assertThat(violations("{\"schema\":\"spinsim.device-profile/v2\",\"name\":\"a\",\"device_class\":\"x\","
                + "\"levels\":" + levels("1e-6", "2e-6") + ",\"colour\":\"red\"}"))
                .extracting(FieldViolation::field).containsExactly("profile.colour");
    }
}
