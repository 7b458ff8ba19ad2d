package io.spinsim.physics.terms;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.engine.EnergyTerm;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.kernel.Backends;
import io.spinsim.physics.kernel.JavaExecutor;
import io.spinsim.physics.kernel.KernelShape;
import io.spinsim.physics.run.InitialMagnetization;
import io.spinsim.physics.run.SimulationBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UniaxialAnisotropyFieldTest {

    /** seed 000 eq.11 with its numbers: xi = 130 fJ/(V m), E = 1 V/nm, t_FL = 1 nm lowers K by 0.13 MJ/m^3. */
    @Test
    void vcmaLowersTheAnisotropyAsSeed000Eq11() {
        assertThat(UniaxialAnisotropyField.vcmaShift(130e-15, 1e9, 1e-9)).isCloseTo(-1.3e5, within(1e-6));
    }

    /**
     * A film magnetized along the easy axis has E_anis = -sum_cells K(x_i) V exactly: with Ku(x) = Kc + dKu (x - x0)
     * (seed 001) and a VCMA shift, the kernel's energy equals -V sum (Kc + dKu (x_i - x0) - xi E / t) to round-off.
     */
    @Test
    void gradedAnisotropyEnergyOfTheUniformStateIsTheSumOfLocalK() {
        String json = """
                {"mesh": {"nx": 130, "ny": 4, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                 "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 6e5, "alpha": 0.3,
                              "dku_dx_J_per_m4": 1.538e9, "ku_origin_m": [1e-8, 0],
                              "vcma": {"xi_J_per_V_m": 1.3e-13, "e_field_V_per_m": 5e8}},
                 "run": {"dt_s": 1e-14, "duration_s": 1e-13, "precision": "fp64", "backend": "java"}}
                """;
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        KernelShape shape = KernelShape.of(model.setup().grid(), model.setup().regions().size(), false, false);
        try (LlgEngine engine = new LlgEngine(model.setup(), Backends.kernel(shape, spec.run().precision()),
                JavaExecutor.allCores())) {
            engine.setMagnetization(InitialMagnetization.of(spec, model.setup().grid()));
            double expected = 0;
            for (int ix = 0; ix < 130; ix++) {
                double x = (ix + 0.5) * 2e-9;
                expected -= 4 * 4e-27 * (6e5 + 1.538e9 * (x - 1e-8) - 1.3e-13 * 5e8 / 1e-9);
            }
            assertThat(engine.energies().of(EnergyTerm.ANISOTROPY)).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
        }
    }
}
