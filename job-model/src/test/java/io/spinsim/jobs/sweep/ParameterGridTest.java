package io.spinsim.jobs.sweep;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ParameterGridTest {

    private final JsonNode base = SpecReader.mapper().readTree("""
            {"mesh": {"nx": 64, "ny": 32, "nz": 1, "dx_m": 1e-9, "dy_m": 1e-9, "dz_m": 1e-9},
             "material": {"ms_A_per_m": 8e5, "a_J_per_m": 1e-11, "ku_J_per_m3": 1.1e6, "alpha": 0.3,
                          "dmi_J_per_m2": 3e-3},
             "field": {"b_T": [0, 0, 0.01]},
             "run": {"dt_s": 2e-14, "duration_s": 1e-10}}""");

    // seed 000 Fig. 5: DMI 2-4 mJ/m^2 x anisotropy 0.5-1.6 MJ/m^3 (coarsened to 3 x 2 here)
    private final ParameterGrid fig5 = new ParameterGrid(List.of(
            ParameterGrid.Axis.linear("material.dmi_J_per_m2", 2e-3, 4e-3, 3),
            ParameterGrid.Axis.linear("material.ku_J_per_m3", 0.5e6, 1.6e6, 2)));

    @Test
    void gridIsTheCartesianProductWithTheLastAxisFastest() {
        List<ParameterGrid.Point> points = fig5.points();
        assertThat(points).hasSize(6);
        assertThat(points.get(1).values().get("material.dmi_J_per_m2").asDouble()).isEqualTo(2e-3);
        assertThat(points.get(1).values().get("material.ku_J_per_m3").asDouble()).isEqualTo(1.6e6);
        assertThat(points.get(2).values().get("material.dmi_J_per_m2").asDouble()).isCloseTo(3e-3, within(1e-18));
    }

    @Test
    void childSpecsAreValidSpecsWithThePointApplied() {
        SpecReader reader = new SpecReader();
        for (ParameterGrid.Point p : fig5.points()) {
            LlgSpec child = reader.read(fig5.childSpec(base, p), LlgSpec.class, "spec");
            assertThat(child.material().dmi_J_per_m2()).isEqualTo(p.values().get("material.dmi_J_per_m2").asDouble());
        }
        assertThat(base.get("material").get("dmi_J_per_m2").asDouble()).isEqualTo(3e-3);
    }

    @Test
    void arrayElementsCanBeSwept() {
        // seed 000 Fig. 2: a sweep of Hz
        ParameterGrid hz = new ParameterGrid(List.of(ParameterGrid.Axis.linear("field.b_T[2]", 0, 0.1, 5)));
        ObjectNode child = hz.childSpec(base, hz.points().get(4));
        assertThat(child.get("field").get("b_T").get(2).asDouble()).isCloseTo(0.1, within(1e-15));
        assertThat(child.get("field").get("b_T").get(0).asDouble()).isZero();
    }

    @Test
    void axisNamingAFieldTheSpecLacksIsRejectedBeforeAnyChildIsMade() {
        ParameterGrid typo = new ParameterGrid(List.of(ParameterGrid.Axis.linear("material.dmi", 0, 1, 2),
                ParameterGrid.Axis.linear("field.b_T[7]", 0, 1, 2)));
        assertThat(typo.violations(base, "spec")).extracting(v -> v.field())
                .containsExactly("spec.axes[0].path", "spec.axes[1].path");
        assertThatThrownBy(() -> typo.childSpec(base, typo.points().get(0))).isInstanceOf(InvalidSpecException.class);
    }

    @Test
    void summariesAggregateIntoOneRowPerPoint() {
        List<ParameterGrid.Point> points = fig5.points();
        List<JsonNode> summaries = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            summaries.add(i == 3 ? null : JsonNodeFactory.instance.objectNode().put("skyrmions", 10 * i));
        }
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            statuses.add(i == 3 ? "failed" : "succeeded");
        }
        String csv = fig5.aggregateCsv(points, statuses, summaries, List.of("skyrmions"));
        String[] rows = csv.split("\n");
        assertThat(rows[0]).isEqualTo("material.dmi_J_per_m2,material.ku_J_per_m3,status,skyrmions");
        assertThat(rows).hasSize(7);
        assertThat(rows[3]).endsWith(",20");
        assertThat(rows[4]).endsWith(",failed,");
    }
}
