package io.spinsim.physics.run;

import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.Worker;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobCancelledException;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunners;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LlgJobRunnerTest {

    /** 32 x 32 PMA film with DMI, started along z, in a tilted 0.5 T field; Java path so the test needs no OpenCL. */
    static final String SPEC = """
            {"name": "tilted-field film",
             "mesh": {"nx": 32, "ny": 32, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
             "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.3,
                          "dmi_J_per_m2": 3e-3},
             "field": {"b_T": [0.5, 0, 0.5]},
             "run": {"dt_s": 5e-14, "duration_s": 1e-10, "backend": "java"},
             "outputs": {"table_interval_s": 1e-11}}
            """;

    static LlgSpec spec(String json) {
        return new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
    }

    @Test
    void runnerIsFoundByTheSolverWorker() {
        assertThat(JobRunners.forWorker(Worker.SOLVER)).containsKey("llg");
        assertThat(new LlgJobRunner().type()).isEqualTo(JobTypes.LLG);
    }

    @Test
    void runWritesTableImageAndSummary() {
        RecordingContext context = new RecordingContext();
        JobOutcome outcome = new LlgJobRunner().run(spec(SPEC), context);

        LlgSummary summary = (LlgSummary) outcome.summary();
        Artifact table = outcome.artifacts().stream().filter(a -> a.name().equals("table.csv")).findFirst().orElseThrow();
        Artifact png = outcome.artifacts().stream().filter(a -> a.name().equals("mz.png")).findFirst().orElseThrow();
        String[] lines = new String(table.content(), StandardCharsets.UTF_8).split("\n");

        assertThat(lines[0]).isEqualTo("t_s,mx,my,mz,E_J,E_exchange_J,E_dmi_J,E_anisotropy_J,E_zeeman_J,E_demag_J,"
                + "E_interlayer_J,Q,Q_lattice");
        assertThat(lines).hasSize(1 + 11); // t = 0 and ten intervals
        assertThat(Arrays.copyOf(png.content(), 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(summary.steps()).isEqualTo(2000);
        assertThat(summary.field_evaluations()).isEqualTo(2000L * 2 * 32 * 32);
        assertThat(summary.simulated_time_s()).isCloseTo(1e-10, within(1e-22));
        assertThat(summary.spec_used().run().integrator().name()).isEqualTo("HEUN");
        assertThat(outcome.artifacts()).extracting(Artifact::name)
                .containsExactly("table.csv", "mz.png", "m.ovf", "skyrmions.json");
        // the field tilts m towards +x from +z: the final state lies between the easy axis and the field
        List<Double> m = summary.final_m();
        assertThat(Math.sqrt(m.get(0) * m.get(0) + m.get(1) * m.get(1) + m.get(2) * m.get(2))).isCloseTo(1, within(0.05));
        assertThat(m.get(0)).isPositive();
        assertThat(m.get(2)).isPositive();
        assertThat(context.fractions).contains(0.0, 1.0);
    }

    @Test
    void cancellationFromProgressStopsTheRun() {
        String longRun = SPEC.replace("\"duration_s\": 1e-10", "\"duration_s\": 1e-7");
        assertThatThrownBy(() -> new LlgJobRunner().run(spec(longRun), new RecordingContext(2)))
                .isInstanceOf(JobCancelledException.class);
    }
}
