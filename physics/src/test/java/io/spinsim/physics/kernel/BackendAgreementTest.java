package io.spinsim.physics.kernel;

import com.aparapi.device.OpenCLDevice;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.run.InitialMagnetization;
import io.spinsim.physics.run.SimulationBuilder;
import io.spinsim.physics.solvers.Heun;
import io.spinsim.physics.solvers.Stepper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenCL kernel (PoCL on the CPU here, shared host memory off so a missing put/get would show) and the
 * plain-Java twin run the same physics: a bilayer with every local term, an anisotropy gradient, antiferromagnetic
 * sigma coupling, a spin-orbit torque, a regional field pulse, a masked disk, FFT demag and a seeded skyrmion.
 */
class BackendAgreementTest {

    static final String SPEC = """
            {"mesh": {"nx": 40, "ny": 24, "nz": 2, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
             "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.3,
                          "dmi_J_per_m2": 3e-3},
             "layers": [{"name": "bottom", "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11,
                          "ku_J_per_m3": 6e5, "dku_dx_J_per_m4": 1.538e9, "alpha": 0.3, "dmi_J_per_m2": 3e-3}},
                        {"name": "top"}],
             "interlayer": [{"lower_layer": 0, "sigma_J_per_m2": -6e-3}],
             "geometry": {"exclude": [{"kind": "disk", "center_m": [70e-9, 40e-9], "radius_m": 6e-9}]},
             "regions": [{"name": "pad", "shapes": [{"kind": "rectangle", "x_min_m": 0, "x_max_m": 20e-9,
                          "y_min_m": 0, "y_max_m": 48e-9}], "material": {"alpha": 0.5}}],
             "field": {"b_T": [0.01, 0, 0.05], "pulses": [{"region": "pad", "b_T": [0, 0, -0.2],
                          "profile": {"start_s": 5e-12, "width_s": 10e-12}}]},
             "currents": [{"kind": "sot", "j_A_per_m2": 2e11, "layers": [0]}],
             "demag": {"mode": "fft"},
             "initial": {"layer_directions": [[0, 0, -1], [0, 0, 1]],
                         "skyrmions": [{"center_m": [40e-9, 24e-9], "radius_m": 8e-9}]},
             "run": {"dt_s": 5e-14, "duration_s": 2e-11}}
            """;

    static OpenCLDevice device;

    @BeforeAll
    static void openCl() {
        device = Backends.bestOpenClDevice().orElse(null);
        Assumptions.assumeTrue(device != null, "no OpenCL device (install pocl-opencl-icd)");
    }

    private static double[] run(RunControl.Precision precision, KernelExecutor executor, int steps) {
        return run(precision, executor, steps, false);
    }

    private static double[] run(RunControl.Precision precision, KernelExecutor executor, int steps, boolean collect) {
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(SPEC), LlgSpec.class, "spec");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        KernelShape shape = KernelShape.of(model.setup().grid(), model.setup().regions().size(), true, false);
        try (LlgEngine engine = new LlgEngine(model.setup(), Backends.kernel(shape, precision), executor)) {
            engine.setMagnetization(InitialMagnetization.of(spec, model.setup().grid()));
            Stepper heun = new Heun(5e-14);
            heun.attach(engine);
            for (int i = 0; i < steps; i++) {
                if (collect && i % 20 == 5) {
                    System.gc();
                }
                heun.advance(engine, 5e-14);
            }
            if (executor instanceof OpenClExecutor) {
                assertThat(engine.backend()).startsWith("opencl");
            }
            return engine.magnetization();
        }
    }

    /** Largest absolute difference between two arrays of one length (also used by UniformFilmKernelTest). */
    static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /**
     * fp64 on OpenCL vs fp64 in Java: the same operations in a different order (OpenCL may contract to FMA), so
     * after 200 steps the difference stays at round-off amplified by the dynamics, well below 1e-9.
     */
    @Test
    void openClKernelMatchesTheJavaTwinInDoublePrecision() {
        OpenClExecutor opencl = new OpenClExecutor(device);
        double[] gpu = run(RunControl.Precision.FP64, opencl, 200);
        double[] cpu = run(RunControl.Precision.FP64, JavaExecutor.allCores(), 200);
        assertThat(maxDifference(gpu, cpu)).isLessThan(1e-9);
    }

    /**
     * fp32 on both: the OpenCL compiler contracts to FMA and reorders, so the two float runs differ by float
     * round-off (6e-8 per operation) amplified by 200 steps of a pulsed texture; each stays within the fp32-vs-fp64
     * bound below (1e-3), measured ~2e-4 apart. Bound 1e-3 on any component.
     */
    @Test
    void openClKernelMatchesTheJavaTwinInSinglePrecision() {
        double[] gpu = run(RunControl.Precision.FP32, new OpenClExecutor(device), 200);
        double[] cpu = run(RunControl.Precision.FP32, JavaExecutor.allCores(), 200);
        assertThat(maxDifference(gpu, cpu)).isLessThan(1e-3);
    }

    /**
     * fp32 vs fp64 on the Java path: the single-precision state carries ~6e-8 relative error per step; over 200
     * steps of a damped (alpha = 0.3) texture it stays below 1e-3 on every component.
     */
    @Test
    void singlePrecisionFollowsDoublePrecision() {
        double[] single = run(RunControl.Precision.FP32, JavaExecutor.allCores(), 200);
        double[] dbl = run(RunControl.Precision.FP64, JavaExecutor.allCores(), 200);
        assertThat(maxDifference(single, dbl)).isLessThan(1e-3);
    }

    /**
     * The device holds the only current state between launches; garbage collections during the run must not make
     * Aparapi rebuild the device buffers from stale Java copies (see DeviceArrays). Same bound as above.
     */
    @Test
    void deviceStateSurvivesGarbageCollections() {
        double[] gpu = run(RunControl.Precision.FP64, new OpenClExecutor(device), 200, true);
        double[] cpu = run(RunControl.Precision.FP64, JavaExecutor.allCores(), 200);
        assertThat(maxDifference(gpu, cpu)).isLessThan(1e-9);
    }

    /** The executor refuses to run anywhere but on its OpenCL device. */
    @Test
    void kernelRanOnTheOpenClDevice() {
        KernelShape shape = new KernelShape(8, 8, 1, 1e-9, 1e-9, 1e-9, 2, false, false);
        FusedKernel kernel = new LlgKernel32(shape);
        OpenClExecutor executor = new OpenClExecutor(device);
        executor.attach(kernel);
        kernel.setEnergy(0);
        executor.execute(kernel);
        assertThat(kernel.aparapiKernel().getTargetDevice()).isInstanceOf(OpenCLDevice.class);
        assertThat(((OpenCLDevice) kernel.aparapiKernel().getTargetDevice()).getDeviceId())
                .isEqualTo(device.getDeviceId());
        executor.close();
    }
}
