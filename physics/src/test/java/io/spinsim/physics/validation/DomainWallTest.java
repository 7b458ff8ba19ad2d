package io.spinsim.physics.validation;

import io.spinsim.physics.outputs.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A 1-D chain (400 cells of 0.5 nm along x, 1 x 1 nm cross-section, periodic along y so that it is a true 1-D model
 * without side edges, no demag) holding one wall between up and down domains: the relaxed wall has the continuum profile theta(x) = 2 atan(exp((x - x0)/Delta)) with
 * Delta = sqrt(A/K) and the energy per area sigma = 4 sqrt(A K) - pi |D| (Neel wall with interfacial DMI below
 * D_c = 4 sqrt(AK)/pi; Thiaville et al., EPL 100, 57002 (2012)). A = 15 pJ/m, K = 0.8 MJ/m^3 (seed 001):
 * Delta = 4.33 nm, 4 sqrt(AK) = 13.86 mJ/m^2. The finite-difference Laplacian changes width and energy by
 * O((dx/Delta)^2 / 12) = 0.1 %; the tolerance is 1 %. (Without the periodic y boundary the 1 nm wide strip has DMI
 * side edges, which act as an extra easy-axis anisotropy D^2/2A and narrow the wall by 2 %: measured, and physical.)
 */
class DomainWallTest {

    private static final double A = 15e-12;
    private static final double K = 0.8e6;

    private static String chain(double d, String initial) {
        return chain(d, initial, 400);
    }

    private static String chain(double d, String initial, int cells) {
        return """
                {"mesh": {"nx": %d, "ny": 1, "nz": 1, "dx_m": %s, "dy_m": 1e-9, "dz_m": 1e-9,
                          "pbc_y": true},
                 "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": %s, "ku_J_per_m3": %s, "alpha": 0.5,
                              "dmi_J_per_m2": %s},
                 "initial": %s,
                 "relax": {"max_torque_T": 1e-6},
                 "run": {"dt_s": 1e-14, "duration_s": 1e-13, "precision": "fp64"}}
                """.formatted(cells, 200e-9 / cells, A, K, d, initial);
    }

    @ParameterizedTest(name = "D = {0} J/m^2")
    @CsvSource({"0", "1e-3", "-1e-3"})
    void wallWidthAndEnergyMatchTheAnalyticResults(double d) {
        double delta = Math.sqrt(A / K);
        double sigma = 4 * Math.sqrt(A * K) - Math.PI * Math.abs(d);
        // a skyrmion of radius 200 nm centred at x = 300 nm: on the 200 nm chain it is one wall at x = 100 nm,
        // up on the left, down on the right, with the Neel chirality of the sign of D
        String wallInitial = "{\"skyrmions\": [{\"center_m\": [300e-9, 0.5e-9], \"radius_m\": 200e-9}]}";
        double wallEnergy;
        double width;
        try (SpecRun run = new SpecRun(chain(d, wallInitial))) {
            Snapshot s = run.snapshot(true);
            wallEnergy = s.energies().total();
            width = fittedWidth(s);
        }
        double uniformEnergy;
        try (SpecRun run = new SpecRun(chain(d, "{\"direction\": [0, 0, 1]}"))) {
            uniformEnergy = run.snapshot(true).energies().total();
        }
        double area = 1e-9 * 1e-9;
        assertThat(width).isCloseTo(delta, within(0.01 * delta));
        assertThat((wallEnergy - uniformEnergy) / area).isCloseTo(sigma, within(0.01 * sigma));
    }

    /** Delta from the slope of ln tan(theta/2) = (x - x0)/Delta over the cells with |m_z| < 0.9 (least squares). */
    static double fittedWidth(Snapshot s) {
        int n = s.grid().cells();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double mz = s.m()[2 * n + i];
            if (Math.abs(mz) < 0.9) {
                double inPlane = Math.hypot(s.m()[i], s.m()[n + i]);
                double theta = Math.atan2(inPlane, mz);
                double x = s.grid().x(i);
                double y = Math.log(Math.tan(theta / 2));
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                count++;
            }
        }
        double slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
        return 1 / slope;
    }
}
