package io.spinsim.physics.run;

import io.spinsim.jobs.llg.Current;
import io.spinsim.jobs.llg.CurrentFlow;
import io.spinsim.jobs.llg.Demag;
import io.spinsim.jobs.llg.FieldPulse;
import io.spinsim.jobs.llg.InterlayerCoupling;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.Material;
import io.spinsim.jobs.llg.Mesh;
import io.spinsim.jobs.llg.Region;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.jobs.llg.Shape;
import io.spinsim.jobs.llg.TimeProfile;
import io.spinsim.jobs.llg.Vec3;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.physics.engine.Drive;
import io.spinsim.physics.engine.EngineSetup;
import io.spinsim.physics.engine.KernelChoice;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.engine.RegionParameters;
import io.spinsim.physics.engine.Waveform;
import io.spinsim.physics.geometry.CellArea;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.geometry.RegionMap;
import io.spinsim.physics.kernel.Backends;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.solvers.DormandPrince45;
import io.spinsim.physics.solvers.Heun;
import io.spinsim.physics.solvers.Rk4;
import io.spinsim.physics.solvers.Stepper;
import io.spinsim.physics.terms.InterlayerExchangeField;
import io.spinsim.physics.terms.UniaxialAnisotropyField;
import io.spinsim.physics.terms.ZeemanField;
import io.spinsim.physics.torques.CurrentDensity;
import io.spinsim.physics.torques.SpinOrbitTorque;
import io.spinsim.physics.torques.SpinTransferTorqueCpp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Translates a validated {@link LlgSpec} into the engine's setup (grid, regions, drives), and its stepper. */
public final class SimulationBuilder {

    /** Smallest step the adaptive integrator may take, s. */
    static final double MIN_DT_S = 1e-18;
    /**
     * Largest region table the kernel is given (distinct plane / material / drive combinations), besides the
     * entries of the cells under a current flow (one each).
     */
    static final int MAX_REGION_ENTRIES = 4096;

    private SimulationBuilder() {
    }

    /**
     * The engine of a spec's setup, as every job that runs an llg spec builds it: the kernel {@link KernelChoice}
     * picks for the setup and the spec's methods, on the spec's back end, holding the spec's initial magnetization.
     */
    public static LlgEngine engine(LlgSpec spec, EngineSetup setup) {
        if (setup.regions().size() > MAX_REGION_ENTRIES
                && !(KernelChoice.fixedStepOnly(spec.run(), spec.relax()) && KernelChoice.uniformFilm(setup))) {
            throw new InvalidSpecException("spec.currents", "a current flow gives every cell under it an entry of "
                    + "its own, which only the single-plane film kernel takes",
                    "one plane, one material in every region, open edges, heun or rk4 and relaxation by minimization");
        }
        LlgEngine engine = new LlgEngine(setup, KernelChoice.kernel(setup, spec.run().precision(),
                KernelChoice.fixedStepOnly(spec.run(), spec.relax())), Backends.executor(spec.run().backend()));
        try {
            engine.setMagnetization(InitialMagnetization.of(spec, setup.grid()));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    /**
     * The engine setup with the rasterized geometry.
     *
     * @param regionAreas area of each spec region, by index in {@code spec.regions}
     */
    public record Model(EngineSetup setup, RegionMap map, List<CellArea> regionAreas) {
    }

    public static Grid grid(Mesh mesh) {
        return new Grid(mesh.nx(), mesh.ny(), mesh.nz(), mesh.dx_m(), mesh.dy_m(), mesh.dz_m(), mesh.pbc_x(),
                mesh.pbc_y());
    }

    public static Model build(LlgSpec spec) {
        Grid grid = grid(spec.mesh());
        List<CellArea> regionAreas = spec.regions().stream().map(SimulationBuilder::area).toList();
        List<CellArea> driveAreas = new ArrayList<>();
        for (FieldPulse p : spec.field().pulses()) {
            driveAreas.add(p.region() == null ? CellArea.EVERYWHERE : regionAreas.get(indexOf(spec, p.region())));
        }
        List<CellArea> flowAreas = new ArrayList<>();
        for (Current c : spec.currents()) {
            CellArea region = c.region() == null ? CellArea.EVERYWHERE : regionAreas.get(indexOf(spec, c.region()));
            Shape spot = c.shape();
            CellArea area = (l, x, y) -> c.layers().contains(l) && region.contains(l, x, y)
                    && (spot == null || spot.contains(x, y));
            driveAreas.add(area);
            if (c.flow() != null) {
                flowAreas.add(area);
            }
        }
        CellArea ownEntry = (l, x, y) -> flowAreas.stream().anyMatch(a -> a.contains(l, x, y));
        RegionMap map = RegionMap.build(grid, magnet(spec), regionAreas, driveAreas, ownEntry);
        if (map.sharedEntries() + 1 > MAX_REGION_ENTRIES) {
            throw new InvalidSpecException("spec.regions", "regions, fields and currents overlap in "
                    + (map.sharedEntries() + 1) + " distinct combinations", "at most " + MAX_REGION_ENTRIES);
        }
        List<RegionParameters> parameters = new ArrayList<>(List.of(RegionParameters.VACUUM));
        for (int r = 1; r < map.regions(); r++) {
            RegionMap.Key key = map.key(r);
            Material m = spec.materialOf(key.layer());
            if (key.materialRegion() >= 0) {
                m = m.with(spec.regions().get(key.materialRegion()).material());
            }
            parameters.add(parameters(m, grid.dz()));
        }
        EngineSetup setup = new EngineSetup(grid, map.regionOfCell(), parameters, interlayer(spec),
                drives(spec, map, parameters), demagMode(spec.demag()),
                spec.thermal() == null ? 0 : spec.thermal().temperature_K(),
                spec.thermal() == null ? 1 : spec.thermal().seed());
        return new Model(setup, map, regionAreas);
    }

    private static int indexOf(LlgSpec spec, String region) {
        for (int i = 0; i < spec.regions().size(); i++) {
            if (spec.regions().get(i).name().equals(region)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no region " + region);
    }

    static CellArea area(Region r) {
        return (l, x, y) -> r.onLayer(l) && r.shapes().stream().anyMatch(s -> s.contains(x, y));
    }

    private static CellArea magnet(LlgSpec spec) {
        return (l, x, y) -> spec.geometry().contains(x, y);
    }

    /** Region parameters of a material, gradient origin and VCMA folded into Ku at the grid origin. */
    static RegionParameters parameters(Material m, double dz) {
        double ku = m.ku_J_per_m3();
        if (m.vcma() != null) {
            double tFl = m.vcma().t_fl_m() != null ? m.vcma().t_fl_m() : dz;
            ku += UniaxialAnisotropyField.vcmaShift(m.vcma().xi_J_per_V_m(), m.vcma().e_field_V_per_m(), tFl);
        }
        double kuOrigin = UniaxialAnisotropyField.kuAtGridOrigin(ku, m.dku_dx_J_per_m4(), m.dku_dy_J_per_m4(),
                m.ku_origin_m().x(), m.ku_origin_m().y());
        Vec3 u = m.anisotropy_axis();
        return new RegionParameters(m.ms_A_per_m(), m.alpha(), m.a_J_per_m(), m.dmi_J_per_m2(), kuOrigin,
                m.dku_dx_J_per_m4(), m.dku_dy_J_per_m4(), UniaxialAnisotropyField.normalized(u.x(), u.y(), u.z()));
    }

    private static InterlayerExchangeField interlayer(LlgSpec spec) {
        Double[] sigma = new Double[spec.mesh().nz()];
        for (InterlayerCoupling c : spec.interlayer()) {
            sigma[c.lower_layer()] = c.sigma_J_per_m2();
        }
        return new InterlayerExchangeField(spec.mesh().nz(), sigma);
    }

    private static int demagMode(Demag demag) {
        return switch (demag.mode()) {
            case NONE -> FusedKernel.DEMAG_NONE;
            case FFT -> FusedKernel.DEMAG_FFT;
            case THIN_FILM_LOCAL -> FusedKernel.DEMAG_LOCAL_THIN_FILM;
        };
    }

    private static List<Drive> drives(LlgSpec spec, RegionMap map, List<RegionParameters> parameters) {
        int nr = map.regions();
        boolean[] magnetic = new boolean[nr];
        double[] ms = new double[nr];
        for (int r = 1; r < nr; r++) {
            magnetic[r] = true;
            ms[r] = parameters.get(r).ms();
        }
        List<Drive> drives = new ArrayList<>();
        if (spec.field().b_T().norm() > 0) {
            drives.add(new ZeemanField(magnetic, vector(spec.field().b_T()), Waveform.ALWAYS, true));
        }
        int d = 0;
        for (FieldPulse p : spec.field().pulses()) {
            drives.add(new ZeemanField(map.entriesOfDrive(d++), vector(p.b_T()), waveform(p.profile()), false));
        }
        Map<CurrentFlow, CurrentDensity> flows = new HashMap<>();
        for (Current c : spec.currents()) {
            boolean[] on = map.entriesOfDrive(d++);
            double thickness = c.thickness_m() != null ? c.thickness_m() : spec.mesh().dz_m();
            if (c.flow() != null) {
                CurrentDensity unit = flows.computeIfAbsent(c.flow(), f -> density(spec, map.grid(), f));
                drives.add(SpinOrbitTorque.distributed(on, ms, perEntry(map, on, unit, c.j_A_per_m2()), c.theta_sh(),
                        vector(c.normal()), thickness, c.xi(), waveform(c.profile())));
                continue;
            }
            drives.add(c.kind() == Current.Kind.SOT
                    ? new SpinOrbitTorque(on, ms, c.j_A_per_m2(), c.theta_sh(), vector(c.direction()),
                    vector(c.normal()), thickness, c.xi(), waveform(c.profile()))
                    : new SpinTransferTorqueCpp(on, ms, c.j_A_per_m2(), c.polarization(), vector(c.p()), thickness,
                    c.xi(), waveform(c.profile())));
        }
        return drives;
    }

    /** The flow's density for a unit reference density, over the film's outline in the plane. */
    private static CurrentDensity density(LlgSpec spec, Grid grid, CurrentFlow flow) {
        int n = grid.cellsPerLayer();
        boolean[] film = new boolean[n];
        boolean[] source = new boolean[n];
        boolean[] sink = new boolean[n];
        for (int iy = 0; iy < grid.ny(); iy++) {
            for (int ix = 0; ix < grid.nx(); ix++) {
                double x = grid.x(ix);
                double y = grid.y(iy);
                int i = ix + grid.nx() * iy;
                film[i] = spec.geometry().contains(x, y);
                source[i] = flow.source().contains(x, y);
                sink[i] = flow.sink().contains(x, y);
            }
        }
        try {
            return CurrentDensity.solve(grid.nx(), grid.ny(), grid.dx(), grid.dy(), film, source, sink, 1,
                    flow.reference_width_m());
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException("spec.currents.flow", e.getMessage(),
                    "a source and a sink joined by the film");
        }
    }

    /** j per region table entry of a flow current (each of its entries is one cell's). */
    private static double[] perEntry(RegionMap map, boolean[] on, CurrentDensity unit, double j) {
        double[] jOfRegion = new double[3 * on.length];
        int perLayer = map.grid().cellsPerLayer();
        for (int r = 1; r < on.length; r++) {
            if (on[r]) {
                int cell = map.key(r).cell() % perLayer;
                jOfRegion[3 * r] = j * unit.jx()[cell];
                jOfRegion[3 * r + 1] = j * unit.jy()[cell];
            }
        }
        return jOfRegion;
    }

    static Waveform waveform(TimeProfile p) {
        return new Waveform(p.start_s(), p.width_s() == null ? Double.POSITIVE_INFINITY : p.width_s(),
                p.period_s() == null ? Double.POSITIVE_INFINITY : p.period_s(), p.count());
    }

    static double[] vector(Vec3 v) {
        return new double[]{v.x(), v.y(), v.z()};
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
