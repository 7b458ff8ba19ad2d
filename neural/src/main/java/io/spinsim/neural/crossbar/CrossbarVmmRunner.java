package io.spinsim.neural.crossbar;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.crossbar.CrossbarVmmSpec;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.ReadConditions;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a {@code crossbar-vmm} job: maps W onto differential pairs of the chosen device, programs them (with D2D and
 * C2C spread when asked), applies V = x V_read, sums the currents I = G V and reads y = (I+ - I-) / (k V_read) back,
 * beside the exact y* = W x.
 */
public final class CrossbarVmmRunner implements JobRunner<CrossbarVmmSpec> {

    @Override
    public JobType<CrossbarVmmSpec> type() {
        return JobTypes.CROSSBAR_VMM;
    }

    @Override
    public JobOutcome run(CrossbarVmmSpec spec, JobContext context) {
        context.progress(0.0, "mapping weights");
        double[][] w = spec.weights().stream()
                .map(r -> r.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
        double[] x = spec.input().stream().mapToDouble(Double::doubleValue).toArray();
        DeviceProfile profile = DeviceResolver.profile(spec.device(), context.artifacts());
        ConductanceLevels levels = DeviceResolver.levels(spec.device(), profile);
        double scale = spec.weight_scale() != null ? spec.weight_scale() : maxAbs(w);
        DifferentialPairMapping mapping = DifferentialPairMapping.map(w, levels, scale);
        Conductances g = program(mapping, spec.variation(), spec.seed());

        context.progress(0.5, "crossbar current sum");
        double vRead = readVoltage(spec, profile);
        float[] volts = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            volts[j] = (float) (x[j] * vRead);
        }
        double[] mapped = new double[w.length];
        String backend;
        try (CrossbarVmm vmm = CrossbarVmm.best(w.length, x.length, g.differentialS())) {
            float[] current = vmm.multiply(volts, 1);
            for (int i = 0; i < mapped.length; i++) {
                mapped[i] = current[i] / (mapping.siemensPerWeight() * vRead);
            }
            backend = vmm.backend();
        }
        double[] ideal = multiply(w, x);
        context.progress(1.0, "done");
        CrossbarVmmResult result = new CrossbarVmmResult(levels.name(), levels.count(), scale,
                mapping.siemensPerWeight(), vRead, spec.variation(), backend, boxed(ideal), boxed(mapped),
                VmmErrors.between(ideal, mapped), maxQuantizationError(w, mapping));
        return new JobOutcome(result, List.of(
                Artifact.csv("vmm.csv", vmmCsv(ideal, mapped)),
                Artifact.csv("conductances.csv", conductancesCsv(w, mapping, g))));
    }

    private static Conductances program(DifferentialPairMapping mapping, boolean variation, long seed) {
        if (!variation) {
            return CrossbarArray.uniform(mapping.rows(), mapping.cols()).program(mapping, null);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return CrossbarArray.fabricate(mapping.rows(), mapping.cols(), random.split()).program(mapping, random.split());
    }

    /** The spec's read voltage, else the one the profile's levels were read at, else 0.1 V. */
    static double readVoltage(CrossbarVmmSpec spec, DeviceProfile profile) {
        if (spec.read_voltage_V() != null) {
            return spec.read_voltage_V();
        }
        ReadConditions read = profile == null ? null : profile.read();
        return read != null && read.read_voltage_V() != null && read.read_voltage_V() > 0 ? read.read_voltage_V() : 0.1;
    }

    private static double maxAbs(double[][] w) {
        double max = Arrays.stream(w).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
        return max > 0 ? max : 1.0;
    }

    private static double[] multiply(double[][] w, double[] x) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += w[i][j] * x[j];
            }
        }
        return y;
    }

    private static double maxQuantizationError(double[][] w, DifferentialPairMapping mapping) {
        double max = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                max = Math.max(max, Math.abs(w[i][j] - mapping.quantizedWeight(i, j)));
            }
        }
        return max;
    }

    private static List<Double> boxed(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }

    private static String vmmCsv(double[] ideal, double[] mapped) {
        StringBuilder sb = new StringBuilder("row,ideal,mapped,error\n");
        for (int i = 0; i < ideal.length; i++) {
            sb.append(i).append(',').append(ideal[i]).append(',').append(mapped[i]).append(',')
                    .append(mapped[i] - ideal[i]).append('\n');
        }
        return sb.toString();
    }

    private static String conductancesCsv(double[][] w, DifferentialPairMapping mapping, Conductances g) {
        StringBuilder sb = new StringBuilder("row,col,weight,level_pos,level_neg,g_pos_S,g_neg_S,mapped_weight\n");
        int n = mapping.cols();
        for (int i = 0; i < mapping.rows(); i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                sb.append(i).append(',').append(j).append(',').append(w[i][j]).append(',')
                        .append(mapping.levelPos()[k]).append(',').append(mapping.levelNeg()[k]).append(',')
                        .append(g.gPosS()[k]).append(',').append(g.gNegS()[k]).append(',')
                        .append((g.gPosS()[k] - g.gNegS()[k]) / mapping.siemensPerWeight()).append('\n');
            }
        }
        return sb.toString();
    }
}
