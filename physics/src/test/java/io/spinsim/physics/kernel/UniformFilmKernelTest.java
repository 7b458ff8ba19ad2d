package io.spinsim.physics.kernel;

import com.aparapi.device.OpenCLDevice;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.Relax;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.engine.Energies;
import io.spinsim.physics.engine.EnergyTerm;
import io.spinsim.physics.engine.KernelChoice;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.run.InitialMagnetization;
import io.spinsim.physics.run.SimulationBuilder;
import io.spinsim.physics.solvers.Heun;
import io.spinsim.physics.solvers.Rk4;
import io.spinsim.physics.solvers.Stepper;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The uniform-film kernel (scalars instead of region tables) computes the physics of the general kernel: a film
 * with open edges (the DMI boundary condition acts there), a skyrmion, an in-plane field, a spin-orbit torque, FFT
 * demag and a tilted easy axis, stepped with Heun and RK4 (last stage fused with the combination), on the Java
 * path and on OpenCL (PoCL; shared memory off in the tests, so a missing put/get would show).
 */
class UniformFilmKernelTest {

    static final String SPEC = """
            {"mesh": {"nx": 48, "ny": 40, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
             "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.2,
                          "dmi_J_per_m2": 3e-3, "anisotropy_axis": [0.1, 0, 1]},
             "field": {"b_T": [0.02, 0, 0.05], "pulses": [{"b_T": [0, 0.01, 0],
                          "profile": {"start_s": 5e-12, "width_s": 10e-12}}]},
             "currents": [{"kind": "sot", "j_A_per_m2": 2e11}],
             "demag": {"mode": "fft"},
             "initial": {"skyrmions": [{"center_m": [48e-9, 40e-9], "radius_m": 8e-9}]},
             "run": {"dt_s": 5e-14, "duration_s": 2e-11}}
            """;

    private record Result(double[] m, Energies energies, String backend, Class<?> kernel) {
    }

    private static Result run(boolean uniformKernel, RunControl.Precision precision, KernelExecutor executor,
                              Function<Double, Stepper> stepper, int steps) {
        return run(SPEC, uniformKernel, precision, executor, stepper, steps);
    }

    private static Result run(String json, boolean uniformKernel, RunControl.Precision precision,
                              KernelExecutor executor, Function<Double, Stepper> stepper, int steps) {
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        assertThat(KernelChoice.uniformFilm(model.setup())).isTrue();
        FusedKernel kernel = uniformKernel ? KernelChoice.kernel(model.setup(), precision, true)
                : Backends.kernel(KernelChoice.shape(model.setup()), precision);
        boolean fp64 = precision == RunControl.Precision.FP64;
        if (uniformKernel) {
            assertThat(kernel).isInstanceOfAny(fp64 ? UniformFilmKernel64.class : UniformFilmKernel32.class,
                    fp64 ? RegionFilmKernel64.class : RegionFilmKernel32.class);
        } else {
            assertThat(kernel).isInstanceOf(fp64 ? LlgKernel64.class : LlgKernel32.class);
        }
        try (LlgEngine engine = new LlgEngine(model.setup(), kernel, executor)) {
            engine.setMagnetization(InitialMagnetization.of(spec, model.setup().grid()));
            Stepper s = stepper.apply(5e-14);
            s.attach(engine);
            for (int i = 0; i < steps; i++) {
                s.advance(engine, 5e-14);
            }
            if (executor instanceof OpenClExecutor) {
                assertThat(kernel.aparapiKernel().getTargetDevice()).isInstanceOf(OpenCLDevice.class);
            }
            return new Result(engine.magnetization(), engine.energies(), engine.backend(), kernel.getClass());
        }
    }

    /**
     * fp64, Java path, 100 Heun steps: same formulas in a different order of summation, so the states agree to
     * round-off amplified by the dynamics (bound 1e-10 on any component) and every energy term to 1e-9 relative.
     */
    @Test
    void uniformFilmKernelMatchesTheGeneralKernelWithHeun() {
        Result fast = run(true, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 100);
        Result general = run(false, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 100);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), general.m())).isLessThan(1e-10);
        for (EnergyTerm term : EnergyTerm.values()) {
            double e = general.energies().byTerm().get(term);
            assertThat(fast.energies().byTerm().get(term)).as(term.name()).isCloseTo(e,
                    org.assertj.core.data.Offset.offset(1e-9 * Math.abs(general.energies().total()) + 1e-30));
        }
    }

    /** RK4 (4 stages, the last fused with the combination), fp64, Java path: bound 1e-10 as above. */
    @Test
    void uniformFilmKernelMatchesTheGeneralKernelWithRk4() {
        Result fast = run(true, RunControl.Precision.FP64, JavaExecutor.allCores(), Rk4::new, 50);
        Result general = run(false, RunControl.Precision.FP64, JavaExecutor.allCores(), Rk4::new, 50);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), general.m())).isLessThan(1e-10);
    }

    /**
     * The OpenCL launch of the uniform-film kernel against its Java twin, fp64 (bound 1e-9: FMA contraction on the
     * device) and fp32 (bound 1e-3, as for the general kernel in BackendAgreementTest), 100 Heun steps. The OpenCL
     * runs take their FFT demag from the device transform (DemagFftKernel64), the Java runs from the host ones
     * (fp64: DemagField; fp32: the SIMD FilmDemagFft where the vector API is present), so this also checks the
     * demag paths against each other inside a whole run.
     */
    @Test
    void openClUniformFilmKernelMatchesTheJavaTwin() {
        OpenCLDevice device = Backends.bestOpenClDevice().orElse(null);
        assumeTrue(device != null, "no OpenCL device (install pocl-opencl-icd)");
        Result gpu64 = run(true, RunControl.Precision.FP64, new OpenClExecutor(device), Heun::new, 100);
        Result cpu64 = run(true, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 100);
        assertThat(gpu64.backend()).startsWith("opencl").contains("demag: device FFT");
        assertThat(cpu64.backend()).contains("demag: host FFT");
        assertThat(BackendAgreementTest.maxDifference(gpu64.m(), cpu64.m())).isLessThan(1e-9);
        Result gpu32;
        System.setProperty(LlgEngine.DEVICE_DEMAG_PROPERTY, "true"); // a CPU device would take the host SIMD FFT
        try {
            gpu32 = run(true, RunControl.Precision.FP32, new OpenClExecutor(device), Heun::new, 100);
        } finally {
            System.clearProperty(LlgEngine.DEVICE_DEMAG_PROPERTY);
        }
        Result cpu32 = run(true, RunControl.Precision.FP32, JavaExecutor.allCores(), Heun::new, 100);
        assertThat(gpu32.backend()).contains("device FFT (opencl").contains("fp32), padded 128 x 128");
        if (io.spinsim.physics.fft.SimdSupport.available()) {
            assertThat(cpu32.backend()).contains("demag: host FFT (fp32 SIMD");
        }
        assertThat(BackendAgreementTest.maxDifference(gpu32.m(), cpu32.m())).isLessThan(1e-3);
    }

    /**
     * A thermal field (seeded, drawn on the host, so both kernels get the same one) with the local thin-film demag:
     * the uniform-film kernel adds the thermal field to the torque but not to the energies, like the general kernel.
     * fp64, Java path, 40 Heun steps at 300 K: states within 1e-10, every energy term within 1e-9 of the total.
     */
    @Test
    void thermalFieldAndLocalDemagMatchTheGeneralKernel() {
        String json = SPEC.replace("\"demag\": {\"mode\": \"fft\"},",
                "\"demag\": {\"mode\": \"thin_film_local\"}, \"thermal\": {\"temperature_K\": 300, \"seed\": 7},");
        assertThat(json).contains("thin_film_local");
        Result fast = run(json, true, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 40);
        Result general = run(json, false, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 40);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), general.m())).isLessThan(1e-10);
        for (EnergyTerm term : EnergyTerm.values()) {
            double e = general.energies().byTerm().get(term);
            assertThat(fast.energies().byTerm().get(term)).as(term.name()).isCloseTo(e,
                    org.assertj.core.data.Offset.offset(1e-9 * Math.abs(general.energies().total()) + 1e-30));
        }
        assertThat(general.energies().byTerm().get(EnergyTerm.DEMAG)).isPositive();
    }

    /**
     * A thermal field with the FFT demag in fp32 (Java path, 40 Heun steps at 300 K): the uniform-film kernel takes
     * the demag field in single precision and adds the thermal field itself, the general kernel through the double
     * host field; both FFTs are the same (FilmDemagFft where the vector API is present). States within 1e-4 (fp32
     * rounding over 40 steps; without the thermal field one kernel would drift by ~1e-2).
     */
    @Test
    void thermalFieldAndFftDemagInFp32MatchTheGeneralKernel() {
        String json = SPEC.replace("\"demag\": {\"mode\": \"fft\"},",
                "\"demag\": {\"mode\": \"fft\"}, \"thermal\": {\"temperature_K\": 300, \"seed\": 7},");
        assertThat(json).contains("temperature_K");
        Result fast = run(json, true, RunControl.Precision.FP32, JavaExecutor.allCores(), Heun::new, 40);
        Result general = run(json, false, RunControl.Precision.FP32, JavaExecutor.allCores(), Heun::new, 40);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), general.m())).isLessThan(1e-4);
        Result cold = run(SPEC, true, RunControl.Precision.FP32, JavaExecutor.allCores(), Heun::new, 40);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), cold.m())).as("the thermal field acts")
                .isGreaterThan(1e-3);
    }

    /**
     * The kernel has no bounds check, so a launch has exactly one work item per cell: 65 x 50 cells run in groups
     * of 650, which is not a multiple of PoCL's vector width (the remainder runs in its scalar loop). OpenCL against
     * the Java twin, fp64, 50 Heun steps, no demag: bound 1e-9 as above.
     */
    @Test
    void openClRunsGridsWhoseWorkGroupIsNotAMultipleOfTheVectorWidth() {
        OpenCLDevice device = Backends.bestOpenClDevice().orElse(null);
        assumeTrue(device != null, "no OpenCL device (install pocl-opencl-icd)");
        String json = SPEC.replace("\"nx\": 48, \"ny\": 40", "\"nx\": 65, \"ny\": 50")
                .replace("\"demag\": {\"mode\": \"fft\"},", "");
        assertThat(KernelShape.exactWorkGroup(65 * 50, 1024)).isEqualTo(650);
        Result gpu = run(json, true, RunControl.Precision.FP64, new OpenClExecutor(device), Heun::new, 50);
        Result cpu = run(json, true, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 50);
        assertThat(gpu.backend()).startsWith("opencl");
        assertThat(BackendAgreementTest.maxDifference(gpu.m(), cpu.m())).isLessThan(1e-9);
    }

    /** Work-group sizes that divide the cell count; a count without a divisor of 64 or more takes the general kernel. */
    @Test
    void workGroupsDivideTheCellCount() {
        assertThat(KernelShape.exactWorkGroup(1 << 20, 1024)).isEqualTo(1024);
        assertThat(KernelShape.exactWorkGroup(48 * 40, 1024)).isEqualTo(960);
        assertThat(KernelShape.exactWorkGroup(50, 1024)).isEqualTo(50);
        assertThat(KernelShape.exactWorkGroup(4099, 1024)).isEqualTo(1);
        assertThat(uniformFilmFor(61, 67)).isTrue();
        assertThat(uniformFilmFor(4099, 1)).isFalse();
        assertThat(uniformFilmFor(7, 5)).isTrue();
    }

    private static boolean uniformFilmFor(int nx, int ny) {
        String json = SPEC.replace("\"nx\": 48, \"ny\": 40", "\"nx\": " + nx + ", \"ny\": " + ny)
                .replace("\"demag\": {\"mode\": \"fft\"},", "")
                .replace("\"initial\": {\"skyrmions\": [{\"center_m\": [48e-9, 40e-9], \"radius_m\": 8e-9}]},", "");
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
        return KernelChoice.uniformFilm(SimulationBuilder.build(spec).setup());
    }

    /** The uniform-film kernel runs Heun and RK4 only; rk45 and damped relaxation take the general kernel. */
    @Test
    void adaptiveMethodsTakeTheGeneralKernel() {
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(SPEC), LlgSpec.class, "spec");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        assertThat(KernelChoice.kernel(model.setup(), RunControl.Precision.FP64, false)).isInstanceOf(LlgKernel64.class);
        assertThat(KernelChoice.fixedStepOnly(spec.run(), spec.relax())).isTrue();
        assertThat(KernelChoice.fixedStepOnly(spec.run(), new Relax(Relax.Method.DAMPED, null, null, null))).isFalse();
        FusedKernel uniform = KernelChoice.kernel(model.setup(), RunControl.Precision.FP64, true);
        assertThat(uniform).isInstanceOf(UniformFilmKernel64.class);
        double[] a = new double[FusedKernel.MAX_STAGES * FusedKernel.MAX_STAGES];
        a[FusedKernel.MAX_STAGES] = 0.2;
        a[2 * FusedKernel.MAX_STAGES] = 0.1;
        a[2 * FusedKernel.MAX_STAGES + 1] = 0.3;
        double[] b = new double[FusedKernel.MAX_STAGES];
        assertThatThrownBy(() -> uniform.putTableau(a, b, b, 3, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("previous stage");
    }
    /**
     * A device outline, as the seed 002 chamber has: a 30 x 24-cell chamber with a narrow terminal on its left and
     * vacuum around, three regions (chamber, terminal, and a disk inside the chamber) with their own field pulse and
     * spin-orbit current, a skyrmion, and the local thin-film demag. The vacuum neighbours take the DMI boundary
     * ghost, vacuum cells keep m = 0, and each region gets its own drive: fp64, Java path, 100 Heun steps against the
     * general kernel, states within 1e-10 and every energy term within 1e-9 of the total (as above); then OpenCL
     * against the Java twin, fp64 within 1e-9 and fp32 within 1e-3 (as above).
     */
    @Test
    void deviceOutlineWithDrivesPerRegionMatchesTheGeneralKernel() {
        String json = """
                {"mesh": {"nx": 48, "ny": 40, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                 "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.2,
                              "dmi_J_per_m2": 3e-3, "anisotropy_axis": [0.1, 0, 1]},
                 "geometry": {"include": [
                     {"kind": "rectangle", "x_min_m": 30e-9, "x_max_m": 90e-9, "y_min_m": 16e-9, "y_max_m": 64e-9},
                     {"kind": "rectangle", "x_min_m": 4e-9, "x_max_m": 30e-9, "y_min_m": 32e-9, "y_max_m": 48e-9}]},
                 "regions": [
                     {"name": "chamber", "shapes": [{"kind": "rectangle", "x_min_m": 30e-9, "x_max_m": 90e-9,
                                                    "y_min_m": 16e-9, "y_max_m": 64e-9}]},
                     {"name": "pad", "shapes": [{"kind": "rectangle", "x_min_m": 4e-9, "x_max_m": 30e-9,
                                                "y_min_m": 32e-9, "y_max_m": 48e-9}]},
                     {"name": "spot", "shapes": [{"kind": "disk", "center_m": [70e-9, 30e-9], "radius_m": 6e-9}]}],
                 "field": {"b_T": [0.01, 0, 0], "pulses": [
                     {"b_T": [0, 0, 0.15], "region": "chamber"},
                     {"b_T": [0, 0.02, -0.05], "region": "spot", "profile": {"start_s": 2e-12, "width_s": 1e-11}}]},
                 "currents": [
                     {"kind": "sot", "j_A_per_m2": 3e11, "theta_sh": 0.3, "direction": [1, 0, 0],
                      "normal": [0, 0, 1], "region": "pad"},
                     {"kind": "sot", "j_A_per_m2": 1e11, "theta_sh": 0.3, "direction": [0.6, 0.8, 0],
                      "normal": [0, 0, 1], "region": "chamber"}],
                 "demag": {"mode": "thin_film_local"},
                 "initial": {"skyrmions": [{"center_m": [50e-9, 40e-9], "radius_m": 8e-9}]},
                 "run": {"dt_s": 5e-14, "duration_s": 2e-11}}
                """;
        Result fast = run(json, true, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 100);
        Result general = run(json, false, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 100);
        assertThat(fast.kernel()).isEqualTo(RegionFilmKernel64.class);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), general.m())).isLessThan(1e-10);
        for (EnergyTerm term : EnergyTerm.values()) {
            double e = general.energies().byTerm().get(term);
            assertThat(fast.energies().byTerm().get(term)).as(term.name()).isCloseTo(e,
                    org.assertj.core.data.Offset.offset(1e-9 * Math.abs(general.energies().total()) + 1e-30));
        }
        int n = 48 * 40;
        int vacuum = 0;
        double moved = 0;
        for (int i = 0; i < n; i++) {
            double norm = Math.sqrt(fast.m()[i] * fast.m()[i] + fast.m()[n + i] * fast.m()[n + i]
                    + fast.m()[2 * n + i] * fast.m()[2 * n + i]);
            assertThat(norm).as("cell %d: |m| is 0 (vacuum) or 1", i).satisfiesAnyOf(
                    v -> assertThat(v).isEqualTo(0.0), v -> assertThat(v).isCloseTo(1.0, within(1e-12)));
            vacuum += norm == 0 ? 1 : 0;
            moved = Math.max(moved, Math.abs(fast.m()[i]));
        }
        assertThat(vacuum).as("vacuum cells").isEqualTo(n - 30 * 24 - 13 * 8);
        assertThat(moved).as("the drives tilt m somewhere").isGreaterThan(0.05);
        OpenCLDevice device = Backends.bestOpenClDevice().orElse(null);
        assumeTrue(device != null, "no OpenCL device (install pocl-opencl-icd)");
        Result gpu64 = run(json, true, RunControl.Precision.FP64, new OpenClExecutor(device), Heun::new, 100);
        assertThat(BackendAgreementTest.maxDifference(gpu64.m(), fast.m())).isLessThan(1e-9);
        Result gpu32 = run(json, true, RunControl.Precision.FP32, new OpenClExecutor(device), Heun::new, 100);
        Result cpu32 = run(json, true, RunControl.Precision.FP32, JavaExecutor.allCores(), Heun::new, 100);
        assertThat(BackendAgreementTest.maxDifference(gpu32.m(), cpu32.m())).isLessThan(1e-3);
    }

    /**
     * A current flow (one region-table entry per cell, its drives pulsed so that the per-cell table goes to the
     * device again at every edge of the pulse): the film kernel with drives per region agrees with the general
     * kernel, which reads the same entries through its pair tables (1e-10, fp64, Java), and on OpenCL with the Java
     * twin (1e-9), the kernel having run on the OpenCL device; without the current m ends elsewhere (1e-3).
     */
    @Test
    void flowWithAnEntryPerCellRunsAsOnTheGeneralKernelAndOnOpenCl() {
        String json = """
                {"mesh": {"nx": 48, "ny": 40, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                 "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": 0.2,
                              "dmi_J_per_m2": 3e-3},
                 "geometry": {"include": [
                     {"kind": "rectangle", "x_min_m": 30e-9, "x_max_m": 90e-9, "y_min_m": 16e-9, "y_max_m": 64e-9},
                     {"kind": "rectangle", "x_min_m": 4e-9, "x_max_m": 30e-9, "y_min_m": 32e-9, "y_max_m": 48e-9}]},
                 "field": {"b_T": [0, 0, 0.1]},
                 "currents": [{"kind": "sot", "j_A_per_m2": 2e12, "theta_sh": 0.3,
                               "profile": {"start_s": 0, "width_s": 2e-12, "period_s": 4e-12},
                               "flow": {"source": {"kind": "rectangle", "x_min_m": 4e-9, "x_max_m": 6e-9,
                                                   "y_min_m": 32e-9, "y_max_m": 48e-9},
                                        "sink": {"kind": "rectangle", "x_min_m": 88e-9, "x_max_m": 90e-9,
                                                 "y_min_m": 16e-9, "y_max_m": 64e-9},
                                        "reference_width_m": 48e-9}}],
                 "demag": {"mode": "thin_film_local"},
                 "initial": {"skyrmions": [{"center_m": [36e-9, 40e-9], "radius_m": 6e-9}]},
                 "run": {"dt_s": 5e-14, "duration_s": 2e-11}}
                """;
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
        assertThat(SimulationBuilder.build(spec).setup().regions().size()).as("entries")
                .isEqualTo(30 * 24 + 13 * 8 + 1);
        Result fast = run(json, true, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 100);
        Result general = run(json, false, RunControl.Precision.FP64, JavaExecutor.allCores(), Heun::new, 100);
        assertThat(fast.kernel()).isEqualTo(RegionFilmKernel64.class);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), general.m())).isLessThan(1e-10);
        Result still = run(json.replace("2e12", "0"), true, RunControl.Precision.FP64, JavaExecutor.allCores(),
                Heun::new, 100);
        assertThat(BackendAgreementTest.maxDifference(fast.m(), still.m())).as("the flow moves m").isGreaterThan(1e-3);
        OpenCLDevice device = Backends.bestOpenClDevice().orElse(null);
        assumeTrue(device != null, "no OpenCL device (install pocl-opencl-icd)");
        Result gpu = run(json, true, RunControl.Precision.FP64, new OpenClExecutor(device), Heun::new, 100);
        assertThat(gpu.backend()).startsWith("opencl");
        assertThat(BackendAgreementTest.maxDifference(gpu.m(), fast.m())).isLessThan(1e-9);
    }

    /**
     * Regions of different materials (here a region with its own Ku) take the general kernel; a region that repeats
     * the film's material takes the film kernel with drives per region, and the one with scalar drives refuses it.
     */
    @Test
    void regionsOfDifferentMaterialsTakeTheGeneralKernel() {
        String json = SPEC.replace("\"demag\": {\"mode\": \"fft\"},", """
                "regions": [{"name": "soft", "shapes": [{"kind": "disk", "center_m": [20e-9, 20e-9], "radius_m": 6e-9}],
                             "material": {"ku_J_per_m3": 6e5}}],
                """);
        assertThat(json).contains("soft");
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        assertThat(KernelChoice.uniformFilm(model.setup())).isFalse();
        assertThat(KernelChoice.kernel(model.setup(), RunControl.Precision.FP64, true)).isInstanceOf(LlgKernel64.class);
        String same = json.replace("\"ku_J_per_m3\": 6e5", "\"ku_J_per_m3\": 8e5");
        LlgSpec sameSpec = new SpecReader().read(SpecReader.mapper().readTree(same), LlgSpec.class, "spec");
        SimulationBuilder.Model sameModel = SimulationBuilder.build(sameSpec);
        assertThat(KernelChoice.uniformFilm(sameModel.setup())).as("a region that repeats the film's material").isTrue();
        assertThat(KernelChoice.kernel(sameModel.setup(), RunControl.Precision.FP32, true))
                .isInstanceOf(RegionFilmKernel32.class);
        KernelShape shape = KernelChoice.shape(sameModel.setup());
        assertThatThrownBy(() -> new LlgEngine(sameModel.setup(), new UniformFilmKernel64(shape), JavaExecutor.allCores()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one region");
    }
}
