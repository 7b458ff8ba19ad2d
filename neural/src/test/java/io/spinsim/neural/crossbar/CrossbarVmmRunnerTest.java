package io.spinsim.neural.crossbar;

import io.spinsim.jobs.crossbar.CrossbarVmmSpec;
import io.spinsim.jobs.crossbar.DeviceSelection;
import io.spinsim.jobs.profile.ConductanceLevel;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.neural.TestJobContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossbarVmmRunnerTest {

    private static final double FLOAT_EPS = Math.pow(2, -24);

    private final CrossbarVmmRunner runner = new CrossbarVmmRunner();

    @Test
    void idealDeviceReproducesProductWithinQuantizationBound() {
        int levels = 33;
        int m = 20;
        int n = 30;
        SplittableRandom random = new SplittableRandom(11);
        List<List<Double>> w = matrix(m, n, () -> 2 * random.nextDouble() - 1);
        List<Double> x = vector(n, () -> random.nextDouble());
        CrossbarVmmResult r = run(new CrossbarVmmSpec(x, w, ideal(levels), null, 1.0, false, null));

        // each |w| lands on the nearest of 33 evenly spaced magnitudes: |w - w_q| <= step/2 with step = s/(N-1);
        // so |y_i - y*_i| <= (s / (2 (N-1))) sum_j |x_j|, plus fp32 rounding of the current sum (n eps s sum|x|)
        double sumX = x.stream().mapToDouble(Math::abs).sum();
        double bound = (r.weight_scale() / (2 * (levels - 1)) + 4 * n * FLOAT_EPS * r.weight_scale()) * sumX;
        assertThat(r.max_weight_quantization_error()).isLessThanOrEqualTo(r.weight_scale() / (2 * (levels - 1)) + 1e-12);
        assertThat(r.errors().max_abs_error()).isLessThanOrEqualTo(bound);
        assertThat(r.errors().max_abs_error()).as("quantization leaves a visible error").isGreaterThan(0);
    }

    @Test
    void exactlyRepresentableWeightsGiveNoErrorWithoutVariation() {
        int levels = 9;
        int m = 6;
        int n = 8;
        SplittableRandom random = new SplittableRandom(5);
        // multiples of s / (N - 1) with s = 2: every weight is some G+ - G- exactly
        List<List<Double>> w = matrix(m, n, () -> (random.nextInt(2 * levels - 1) - (levels - 1)) * 2.0 / (levels - 1));
        List<Double> x = vector(n, () -> random.nextDouble() * 2 - 1);
        CrossbarVmmResult r = run(new CrossbarVmmSpec(x, w, ideal(levels), 0.2, 2.0, false, null));

        assertThat(r.max_weight_quantization_error()).isLessThan(1e-12);
        // only fp32 rounding of the conductances and of the n-term current sum remains
        double sumX = x.stream().mapToDouble(Math::abs).sum();
        assertThat(r.errors().max_abs_error()).isLessThanOrEqualTo(4 * n * FLOAT_EPS * 2.0 * sumX);
    }

    @Test
    void deviceToDeviceSpreadGivesOutputVarianceOfTheSummedPairs() {
        // all weights 0: both devices of every pair sit at level 0 with sigma_d2d = s, so
        // y_i = sum_j (dG+ - dG-) x_j / k has variance 2 s^2 sum_j x_j^2 / k^2 across rows
        double sigma = 2e-6;
        DeviceProfile profile = new DeviceProfile(DeviceProfile.SCHEMA_V1, "spread", "test", null, List.of(
                new ConductanceLevel(1e-5, sigma, 0.0), new ConductanceLevel(5e-5, sigma, 0.0),
                new ConductanceLevel(9e-5, sigma, 0.0)));
        int m = 1000;
        int n = 10;
        List<List<Double>> w = matrix(m, n, () -> 0.0);
        List<Double> x = vector(n, () -> 1.0);
        CrossbarVmmResult r = run(new CrossbarVmmSpec(x, w,
                new DeviceSelection(null, profile, null, null, null), 0.1, 1.0, true, 42L));

        double k = r.siemens_per_weight();
        double expected = 2 * sigma * sigma * n / (k * k);
        double variance = r.mapped().stream().mapToDouble(y -> y * y).sum() / m;
        // the sample variance of 1000 Gaussian draws has relative standard deviation sqrt(2/1000) = 4.5%: 4 sigma
        assertThat(variance / expected).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.18));
    }

    @Test
    void sameSeedGivesSameDraws() {
        DeviceProfile profile = new DeviceProfile(DeviceProfile.SCHEMA_V1, "spread", "test", null, List.of(
                new ConductanceLevel(1e-5, 1e-6, 1e-6), new ConductanceLevel(5e-5, 1e-6, 1e-6)));
        DeviceSelection device = new DeviceSelection(null, profile, null, null, null);
        List<List<Double>> w = List.of(List.of(0.5, -1.0), List.of(1.0, 0.25));
        List<Double> x = List.of(1.0, 0.5);
        CrossbarVmmResult a = run(new CrossbarVmmSpec(x, w, device, null, null, true, 7L));
        CrossbarVmmResult b = run(new CrossbarVmmSpec(x, w, device, null, null, true, 7L));
        CrossbarVmmResult c = run(new CrossbarVmmSpec(x, w, device, null, null, true, 8L));
        assertThat(a.mapped()).isEqualTo(b.mapped());
        assertThat(a.mapped()).isNotEqualTo(c.mapped());
    }

    @Test
    void profileArtifactIsFetchedAndUsed() {
        TestJobContext context = new TestJobContext();
        UUID id = context.store(("""
                {"schema":"spinsim.device-profile/v1","name":"four-level","device_class":"skyrmion",
                 "levels":[{"g_S":1e-6},{"g_S":2e-6},{"g_S":3e-6},{"g_S":4e-6}]}""")
                .getBytes(StandardCharsets.UTF_8));
        JobOutcome outcome = runner.run(new CrossbarVmmSpec(List.of(1.0), List.of(List.of(1.0 / 3)),
                new DeviceSelection(id, null, null, null, null), 1.0, null, false, null), context);
        CrossbarVmmResult r = (CrossbarVmmResult) outcome.summary();
        assertThat(r.device()).isEqualTo("four-level");
        assertThat(r.levels()).isEqualTo(4);
        // 1/3 of the window is exactly level 1 above level 0
        assertThat(r.mapped().get(0)).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(outcome.artifacts()).extracting(a -> a.name()).containsExactly("vmm.csv", "conductances.csv");
    }

    @Test
    void invalidProfileArtifactFailsNamingTheField() {
        TestJobContext context = new TestJobContext();
        UUID id = context.store(("""
                {"schema":"spinsim.device-profile/v1","name":"bad","device_class":"skyrmion",
                 "levels":[{"g_S":2e-6},{"g_S":1e-6}]}""").getBytes(StandardCharsets.UTF_8));
        CrossbarVmmSpec spec = new CrossbarVmmSpec(List.of(1.0), List.of(List.of(1.0)),
                new DeviceSelection(id, null, null, null, null), null, null, false, null);
        assertThatThrownBy(() -> runner.run(spec, context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(id.toString())
                .hasMessageContaining("profile.levels[1].g_S");
    }

    @Test
    void serviceLoaderFindsTheRunnerForTheNnWorker() {
        assertThat(io.spinsim.jobs.run.JobRunners.forWorker(io.spinsim.jobs.Worker.NN))
                .containsKey(io.spinsim.jobs.JobTypes.CROSSBAR_VMM.name());
    }

    private CrossbarVmmResult run(CrossbarVmmSpec spec) {
        return (CrossbarVmmResult) runner.run(spec, new TestJobContext()).summary();
    }

    private static DeviceSelection ideal(int levels) {
        return new DeviceSelection(null, null, levels, 1e-6, 1e-4);
    }

    private static List<List<Double>> matrix(int m, int n, java.util.function.DoubleSupplier value) {
        List<List<Double>> rows = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            rows.add(vector(n, value));
        }
        return rows;
    }

    private static List<Double> vector(int n, java.util.function.DoubleSupplier value) {
        List<Double> v = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            v.add(value.getAsDouble());
        }
        return v;
    }
}
