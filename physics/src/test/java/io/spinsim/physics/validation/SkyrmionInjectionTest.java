package io.spinsim.physics.validation;

import io.spinsim.physics.outputs.SkyrmionDetector;
import io.spinsim.physics.outputs.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Writing a skyrmion with a local spin-polarized CPP pulse (seed 001: a 20 ps pulse at a chosen spot; the seed 002
 * chamber preset's injector): an 80 x 40 nm strip of the seed 002 material on its 1 nm cells, 0 K, no field, the
 * pulse on a 4 nm disk at (30, 20) nm with p = -z and P = 0.4. The Slonczewski torque vanishes on m = +z exactly, so
 * the reversal grows from the relaxed state's DMI edge canting; the reversed bubble's wall then takes the chirality
 * the DMI sets, and what remains is one skyrmion (detector charge -1 within 0.05, the detector's tail cut), near the
 * spot. Below threshold (5e13 A/m^2, 20 ps; a_J = hbar P j / (2 e Ms d) = 33 T) the bubble closes again and nothing
 * is written. The strip's 40 nm width is the chamber pad's.
 */
class SkyrmionInjectionTest {

    private static String strip(double j) {
        return """
                {"mesh": {"nx": 80, "ny": 40, "nz": 1, "dx_m": 1e-9, "dy_m": 1e-9, "dz_m": 4e-10},
                 "material": {"ms_A_per_m": 5e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 9e5, "alpha": 0.3,
                              "dmi_J_per_m2": 3.5e-3},
                 "demag": {"mode": "thin_film_local"},
                 "currents": [{"kind": "stt_cpp", "j_A_per_m2": %s, "polarization": 0.4, "p": [0, 0, -1],
                   "shape": {"kind": "disk", "center_m": [30e-9, 20e-9], "radius_m": 4e-9},
                   "profile": {"start_s": 2e-11, "width_s": 1.5e-11, "period_s": 1e-9, "count": 1}}],
                 "relax": {"max_torque_T": 0.01, "max_time_s": 2e-10},
                 "run": {"integrator": "heun", "dt_s": 1.5e-14, "duration_s": 4e-10, "precision": "fp64",
                         "backend": "java"}}
                """.formatted(j);
    }

    private static List<SkyrmionDetector.Skyrmion> after(double j) {
        try (SpecRun run = new SpecRun(strip(j))) {
            run.runTo(4e-10);
            Snapshot s = run.snapshot(false);
            return SkyrmionDetector.detect(s, 0);
        }
    }

    @Test
    void cppPulseWritesOneSkyrmionAboveThresholdAndNoneBelow() {
        List<SkyrmionDetector.Skyrmion> written = after(3e14);
        System.out.println("3e14 A/m^2: " + written);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).q()).isCloseTo(-1, within(0.05));
        assertThat(written.get(0).x_m()).isCloseTo(30e-9, within(6e-9));
        assertThat(written.get(0).y_m()).isCloseTo(20e-9, within(6e-9));
        assertThat(after(5e13)).isEmpty();
    }
}
