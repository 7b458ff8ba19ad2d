package io.spinsim.physics.validation;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.StepStability;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.engine.EnergyTerm;
import io.spinsim.physics.engine.KernelChoice;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.kernel.JavaExecutor;
import io.spinsim.physics.run.InitialMagnetization;
import io.spinsim.physics.run.SimulationBuilder;
import io.spinsim.physics.solvers.Stepper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fixed-step limit that spec validation enforces (jobs.llg.StepStability) is where the grid's shortest spin
 * waves start to grow. A 48 x 48 film of the seed 002 chamber material on 2 nm cells holds a skyrmion (its walls
 * and the DMI-canted edges excite every wave number) and runs 300 ps of Heun or RK4 at 0.45, 0.9 and 1.2 times the
 * limit. At 0.9 the exchange energy at the end is that of the 0.45 run within 1% (measured: equal to 5 digits); at
 * 1.2 the checkerboard grows from the state's own short-wave content until the normalisation of m caps it, and
 * the exchange energy is more than 5 times that of the 0.45 run (measured 24.5 for Heun, 7.2 for RK4).
 */
class StepStabilityRunTest {

    private static final double RUN_S = 3e-10;

    private static final String FILM = """
            {"mesh": {"nx": 48, "ny": 48, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 4e-10},
             "material": {"ms_A_per_m": 5e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 9e5, "alpha": 0.3,
                          "dmi_J_per_m2": 3.5e-3},
             "field": {"b_T": [0, 0, 0.2]},
             "demag": {"mode": "thin_film_local"},
             "initial": {"skyrmions": [{"center_m": [48e-9, 48e-9], "radius_m": 6e-9}]},
             "run": {"integrator": "%s", "dt_s": 1e-14, "duration_s": 1e-9, "precision": "fp64"}}
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heun", "rk4"})
    void limitSeparatesDecayingFromGrowingShortWaves(String integrator) {
        LlgSpec probe = read(FILM.formatted(integrator));
        double limit = StepStability.maxStepS(probe);
        double reference = exchangeEnergy(integrator, 0.45 * limit);
        double below = exchangeEnergy(integrator, 0.9 * limit) / reference;
        double above = exchangeEnergy(integrator, 1.2 * limit) / reference;
        System.out.printf("%s limit %.3e s: exchange energy at 300 ps over that at 0.45 limit: %.5f at 0.9 limit,"
                + " %.1f at 1.2 limit%n", integrator, limit, below, above);
        assertThat(below).isCloseTo(1, within(0.01));
        assertThat(above).isGreaterThan(5);
    }

    /** E_exchange after 300 ps in steps of dt. */
    private static double exchangeEnergy(String integrator, double dt) {
        // read without validation: the spec above the limit is one validation refuses
        LlgSpec spec = read(FILM.formatted(integrator).replace("\"dt_s\": 1e-14", "\"dt_s\": " + dt));
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        try (LlgEngine engine = new LlgEngine(model.setup(), KernelChoice.kernel(model.setup(),
                spec.run().precision(), KernelChoice.fixedStepOnly(spec.run(), spec.relax())), JavaExecutor.allCores())) {
            engine.setMagnetization(InitialMagnetization.of(spec, model.setup().grid()));
            Stepper stepper = SimulationBuilder.stepper(spec.run());
            stepper.attach(engine);
            while (engine.time() < RUN_S - 1e-21) {
                stepper.advance(engine, RUN_S - engine.time());
            }
            return engine.energies().of(EnergyTerm.EXCHANGE);
        }
    }

    private static LlgSpec read(String json) {
        return SpecReader.mapper().treeToValue(SpecReader.mapper().readTree(json), LlgSpec.class);
    }
}
