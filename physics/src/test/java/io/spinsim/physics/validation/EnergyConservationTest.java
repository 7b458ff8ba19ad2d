package io.spinsim.physics.validation;

import io.spinsim.physics.engine.EnergyTerm;
import io.spinsim.physics.engine.Energies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without damping the LLG conserves the energy (dE/dt = -Ms int B . dm/dt = 0 for the precession term), so any drift
 * is integration error. A 32 x 32 film (1 nm cells) starts from an unrelaxed skyrmion seed, so exchange, DMI,
 * anisotropy, Zeeman and demag all exchange energy while it breathes and precesses for 10 ps at alpha = 0.
 */
class EnergyConservationTest {

    static String film(String demag, boolean periodic) {
        return """
                {"mesh": {"nx": 32, "ny": 32, "nz": 1, "dx_m": 1e-9, "dy_m": 1e-9, "dz_m": 1e-9,
                          "pbc_x": %s, "pbc_y": %s},
                 "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 15e-12, "ku_J_per_m3": 0.8e6, "alpha": 0,
                              "dmi_J_per_m2": 3e-3},
                 "field": {"b_T": [0.02, 0, 0.05]},
                 "demag": {"mode": "%s"},
                 "initial": {"skyrmions": [{"center_m": [16e-9, 16e-9], "radius_m": 6e-9}]},
                 "run": {"integrator": "rk4", "dt_s": 1e-14, "duration_s": 1e-11, "precision": "fp64"}}
                """.formatted(periodic, periodic, demag);
    }

    /** Largest |E(t) - E(0)| over the run, relative to the exchange energy scale. */
    static double drift(String spec, double dt) {
        try (SpecRun run = new SpecRun(spec.replace("\"dt_s\": 1e-14", "\"dt_s\": " + dt))) {
            Energies start = run.snapshot(true).energies();
            double scale = Math.abs(start.of(EnergyTerm.EXCHANGE));
            double worst = 0;
            for (int k = 1; k <= 10; k++) {
                run.runTo(k * 1e-12);
                worst = Math.max(worst, Math.abs(run.snapshot(true).energies().total() - start.total()));
            }
            return worst / scale;
        }
    }

    /**
     * RK4's global error is O(dt^4). The stiffest mode (exchange on 1 nm cells, ~200 T) turns by 0.18 rad per 5 fs
     * step; the drift then stays below 2e-4 of the exchange energy (measured 5e-5 to 7e-5 over 10 ps), and halving
     * dt cuts it by at least 8x (order >= 3; 16x expected for the global error, ~32x measured).
     */
    @ParameterizedTest(name = "demag {0}")
    @ValueSource(strings = {"thin_film_local", "fft"})
    void undampedDynamicsConservesEnergy(String demag) {
        String spec = film(demag, demag.equals("thin_film_local"));
        double coarse = drift(spec, 0.5e-14);
        double fine = drift(spec, 0.25e-14);
        System.out.printf("energy drift (%s): dt 5 fs %.3e, dt 2.5 fs %.3e of E_exchange%n", demag, coarse, fine);
        assertThat(coarse).isLessThan(2e-4);
        assertThat(coarse / fine).isGreaterThan(8);
    }
}
