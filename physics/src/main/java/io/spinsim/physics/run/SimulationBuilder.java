package io.spinsim.physics.run;

import io.spinsim.jobs.llg.InitialState;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.Material;
import io.spinsim.jobs.llg.Mesh;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.jobs.llg.Vec3;
import io.spinsim.physics.engine.Drive;
import io.spinsim.physics.engine.EngineSetup;
import io.spinsim.physics.engine.RegionParameters;
import io.spinsim.physics.engine.Waveform;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.solvers.DormandPrince45;
import io.spinsim.physics.solvers.Heun;
import io.spinsim.physics.solvers.Rk4;
import io.spinsim.physics.solvers.Stepper;
import io.spinsim.physics.terms.InterlayerExchangeField;
import io.spinsim.physics.terms.UniaxialAnisotropyField;
import io.spinsim.physics.terms.ZeemanField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Translates a validated {@link LlgSpec} into the engine's setup, initial state and stepper. */
public final class SimulationBuilder {

    /** Smallest step the adaptive integrator may take, s. */
    static final double MIN_DT_S = 1e-18;

    private SimulationBuilder() {
    }

    public static Grid grid(Mesh mesh) {
        return new Grid(mesh.nx(), mesh.ny(), mesh.nz(), mesh.dx_m(), mesh.dy_m(), mesh.dz_m());
    }

    public static EngineSetup setup(LlgSpec spec) {
        Grid grid = grid(spec.mesh());
        List<RegionParameters> regions = List.of(RegionParameters.VACUUM, parameters(spec.material()));
        int[] regionOfCell = new int[grid.cells()];
        Arrays.fill(regionOfCell, 1);
        List<Drive> drives = new ArrayList<>();
        drives.add(new ZeemanField(new boolean[]{false, true}, vector(spec.field().b_T()), Waveform.ALWAYS));
        return new EngineSetup(grid, regionOfCell, regions, InterlayerExchangeField.bulk(grid.nz()), drives,
                FusedKernel.DEMAG_NONE, 0, 1);
    }

    static RegionParameters parameters(Material m) {
        Vec3 u = m.anisotropy_axis();
        return new RegionParameters(m.ms_A_per_m(), m.alpha(), m.a_J_per_m(), m.dmi_J_per_m2(),
                UniaxialAnisotropyField.kuAtGridOrigin(m.ku_J_per_m3(), 0, 0, 0, 0), 0, 0,
                UniaxialAnisotropyField.normalized(u.x(), u.y(), u.z()));
    }

    static double[] vector(Vec3 v) {
        return new double[]{v.x(), v.y(), v.z()};
    }

    /** Initial unit magnetization (structure of arrays); the engine zeroes vacuum cells. */
    public static double[] initialState(InitialState initial, Grid grid) {
        int n = grid.cells();
        double[] m = new double[3 * n];
        SplittableRandom random = new SplittableRandom(initial.seed());
        for (int i = 0; i < n; i++) {
            double[] v = initial.kind() == InitialState.Kind.RANDOM ? randomUnit(random) : vector(initial.direction());
            for (int c = 0; c < 3; c++) {
                m[c * n + i] = v[c];
            }
        }
        return m;
    }

    private static double[] randomUnit(SplittableRandom random) {
        double z = 2 * random.nextDouble() - 1;
        double phi = 2 * Math.PI * random.nextDouble();
        double r = Math.sqrt(1 - z * z);
        return new double[]{r * Math.cos(phi), r * Math.sin(phi), z};
    }

    /** rk45 starts from dt_s and adapts it within [1e-18 s, max_dt_s]. */
    public static Stepper stepper(RunControl run) {
        return switch (run.integrator()) {
            case HEUN -> new Heun(run.dt_s());
            case RK4 -> new Rk4(run.dt_s());
            case RK45 -> new DormandPrince45(run.dt_s(), run.tolerance(), MIN_DT_S, run.max_dt_s());
        };
    }
}
