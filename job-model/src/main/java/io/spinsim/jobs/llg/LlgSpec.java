package io.spinsim.jobs.llg;

import io.spinsim.jobs.Sized;
import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spec of an {@code llg} job: a micromagnetic run of a thin film or multilayer. All values SI, unit in the field
 * name. Only mesh, material and run are required; everything else has a default that the stored spec shows.
 *
 * @param mesh       grid; each z plane is a layer
 * @param material   material of every layer without its own
 * @param layers     per-plane materials (default: none, all planes use {@code material}); nz entries when given
 * @param interlayer surface exchange couplings between planes (default: bulk exchange between all planes)
 * @param geometry   magnetic cells (default: the whole grid)
 * @param regions    named parts with their own material, targets of fields, currents and outputs (default none)
 * @param field      applied field, uniform and regional pulses (default none)
 * @param currents   spin torques (default none)
 * @param demag      magnetostatics (default none)
 * @param thermal    thermal field (default none)
 * @param initial    initial state (default uniform +z)
 * @param relax      minimize the energy before the run (default: no)
 * @param run        integration
 * @param outputs    what to write
 */
public record LlgSpec(
        @Size(max = 200) String name,
        @NotNull @Valid Mesh mesh,
        @NotNull @Valid Material material,
        @Size(max = 64) List<@Valid Layer> layers,
        @Size(max = 63) List<@Valid InterlayerCoupling> interlayer,
        @Valid Geometry geometry,
        @Size(max = MAX_REGIONS) List<@Valid Region> regions,
        @Valid ExternalField field,
        @Size(max = 16) List<@Valid Current> currents,
        @Valid Demag demag,
        @Valid Thermal thermal,
        @Valid InitialState initial,
        @Valid Relax relax,
        @NotNull @Valid RunControl run,
        @Valid Outputs outputs) implements CrossFieldChecked, Sized {

    public static final int MAX_REGIONS = 32;
    /** Most cell updates (cells x steps x stages) one job may ask for: about an hour at 2e8 cell-evals/s. */
    public static final double MAX_CELL_EVALUATIONS = 1e12;

    public LlgSpec {
        name = name == null ? "llg" : name;
        layers = layers == null ? List.of() : List.copyOf(layers);
        interlayer = interlayer == null ? List.of() : List.copyOf(interlayer);
        geometry = geometry == null ? Geometry.wholeGrid() : geometry;
        regions = regions == null ? List.of() : List.copyOf(regions);
        field = field == null ? ExternalField.uniform(null) : field;
        currents = currents == null ? List.of() : List.copyOf(currents);
        demag = demag == null ? new Demag(null) : demag;
        initial = initial == null ? InitialState.uniformZ() : initial;
        outputs = outputs == null ? Outputs.defaults() : outputs;
    }

    /** A single-material film: the shape of the original spec. */
    public static LlgSpec film(String name, Mesh mesh, Material material, ExternalField field, InitialState initial,
                               RunControl run, Outputs outputs) {
        return new LlgSpec(name, mesh, material, null, null, null, null, field, null, null, null, initial, null, run,
                outputs);
    }

    /** Table interval actually used: the given one, or a hundredth of the run. */
    public double tableIntervalS() {
        return outputs.table_interval_s() != null ? outputs.table_interval_s() : run.duration_s() / 100;
    }

    /** Material of plane z before regions apply. */
    public Material materialOf(int layer) {
        return layers.isEmpty() || layers.get(layer).material() == null ? material : layers.get(layer).material();
    }

    public String layerName(int layer) {
        return layers.isEmpty() || layers.get(layer).name() == null ? "layer" + layer : layers.get(layer).name();
    }

    /** Field evaluations per step of the chosen integrator (rk45 counts its 7 stages). */
    public int stagesPerStep() {
        return switch (run.integrator()) {
            case HEUN -> 2;
            case RK4 -> 4;
            case RK45 -> 7;
        };
    }

    @Override
    public long cells() {
        return mesh.cells();
    }

    /**
     * About 48 numbers per cell (m, seven integrator stages of dm/dt, the effective field, per-cell parameters) in
     * the run's precision, plus, for FFT demag, nine double-complex arrays of the zero-padded grid (three of m, six of
     * the Newell kernel).
     */
    @Override
    public long memoryBytes() {
        long bytes = cells() * 48L * (run.precision() == RunControl.Precision.FP64 ? 8 : 4);
        if (demag.mode() == Demag.Mode.FFT) {
            bytes += 9L * 16 * 8 * cells();
        }
        return bytes;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        sizeViolations(path, v);
        materialViolations(path, v);
        Set<String> names = regionViolations(path, v);
        for (int i = 0; i < field.pulses().size(); i++) {
            v.addAll(field.pulses().get(i).violations(path + ".field.pulses[" + i + "]", names));
        }
        if (field.b_T().norm() > ExternalField.MAX_B_T) {
            v.add(new FieldViolation(path + ".field.b_T", "|B| is too large", "|B| <= " + ExternalField.MAX_B_T + " T"));
        }
        for (int i = 0; i < currents.size(); i++) {
            v.addAll(currents.get(i).violations(path + ".currents[" + i + "]", names, mesh.nz()));
        }
        if (v.isEmpty()) {
            flowViolations(path, v);
        }
        physicsViolations(path, v);
        initialViolations(path, v);
        return v;
    }

    /**
     * A flow runs on the single-plane film kernel (one plane, Heun or RK4, relaxation by minimization, open edges);
     * its source and sink must each hold film cells, not the same ones, and be joined through the film.
     */
    private void flowViolations(String path, List<FieldViolation> v) {
        for (int i = 0; i < currents.size(); i++) {
            CurrentFlow flow = currents.get(i).flow();
            if (flow == null) {
                continue;
            }
            String at = path + ".currents[" + i + "].flow";
            if (mesh.pbc_x() || mesh.pbc_y()) {
                v.add(new FieldViolation(at, "a flow needs open edges", "absent when mesh.pbc_x or mesh.pbc_y is true"));
                continue;
            }
            if (mesh.nz() != 1) {
                v.add(new FieldViolation(at, "a flow runs on the single-plane film kernel", "absent when mesh.nz > 1"));
                continue;
            }
            if (!run.fixedStepOnly(relax)) {
                v.add(new FieldViolation(at, "a flow runs on the single-plane film kernel, which integrates with heun "
                        + "or rk4 only", "run.integrator heun or rk4 and relax.method minimize"));
                continue;
            }
            int n = mesh.nx() * mesh.ny();
            boolean[] film = new boolean[n];
            boolean[] source = new boolean[n];
            boolean[] sink = new boolean[n];
            int sources = 0;
            int sinks = 0;
            int both = 0;
            for (int c = 0; c < n; c++) {
                double x = (c % mesh.nx() + 0.5) * mesh.dx_m();
                double y = (c / mesh.nx() + 0.5) * mesh.dy_m();
                film[c] = geometry.contains(x, y);
                source[c] = film[c] && flow.source().contains(x, y);
                sink[c] = film[c] && flow.sink().contains(x, y);
                sources += source[c] ? 1 : 0;
                sinks += sink[c] ? 1 : 0;
                both += source[c] && sink[c] ? 1 : 0;
            }
            if (sources == 0) {
                v.add(new FieldViolation(at + ".source", "covers no film cell centre", "a shape over part of the film"));
            }
            if (sinks == 0) {
                v.add(new FieldViolation(at + ".sink", "covers no film cell centre", "a shape over part of the film"));
            }
            if (both > 0) {
                v.add(new FieldViolation(at + ".sink", "overlaps the source on " + both + " film cells",
                        "a shape apart from the source"));
            } else if (sources > 0 && sinks > 0 && !CurrentFlow.joined(mesh.nx(), mesh.ny(), film, source, sink)) {
                v.add(new FieldViolation(at + ".sink", "is not joined to the source through the film",
                        "a shape on a part of the film connected to the source"));
            }
        }
    }

    private void sizeViolations(String path, List<FieldViolation> v) {
        if (mesh.cells() > Mesh.MAX_CELLS) {
            v.add(new FieldViolation(path + ".mesh", "nx*ny*nz = " + mesh.cells() + " cells is too many",
                    "at most " + Mesh.MAX_CELLS + " cells"));
        }
        if (run.steps() > RunControl.MAX_STEPS) {
            v.add(new FieldViolation(path + ".run.duration_s", "duration_s/dt_s = " + run.steps() + " steps is too many",
                    "at most " + RunControl.MAX_STEPS + " steps"));
        } else if ((double) mesh.cells() * run.steps() * stagesPerStep() > MAX_CELL_EVALUATIONS) {
            v.add(new FieldViolation(path + ".run.duration_s", "cells x steps x stages is too large for one job",
                    "cells * duration_s/dt_s * stages <= " + MAX_CELL_EVALUATIONS));
        }
        if (run.duration_s() / tableIntervalS() > Outputs.MAX_ROWS) {
            v.add(new FieldViolation(path + ".outputs.table_interval_s", "gives too many table rows",
                    "at least duration_s/" + Outputs.MAX_ROWS));
        }
        if (outputs.snapshot_interval_s() != null) {
            double snapshots = Math.floor(run.duration_s() / outputs.snapshot_interval_s());
            if (snapshots > Outputs.MAX_SNAPSHOTS || snapshots * mesh.cells() > Outputs.MAX_SNAPSHOT_CELLS) {
                v.add(new FieldViolation(path + ".outputs.snapshot_interval_s", "gives too many snapshots",
                        "at most " + Outputs.MAX_SNAPSHOTS + " snapshots and " + Outputs.MAX_SNAPSHOT_CELLS
                                + " snapshot cells in all"));
            }
        }
        if (demag.mode() == Demag.Mode.FFT && (mesh.pbc_x() || mesh.pbc_y())) {
            v.add(new FieldViolation(path + ".demag.mode", "fft demag is not available with periodic boundaries",
                    "none or thin_film_local when mesh.pbc_x or mesh.pbc_y is true"));
        }
        if (demag.mode() == Demag.Mode.FFT && mesh.cells() > Demag.MAX_FFT_CELLS) {
            v.add(new FieldViolation(path + ".demag.mode", "fft demag on " + mesh.cells() + " cells is too large",
                    "at most " + Demag.MAX_FFT_CELLS + " cells, or thin_film_local / none"));
        }
    }

    private void materialViolations(String path, List<FieldViolation> v) {
        axisViolation(path + ".material", material, v);
        if (!layers.isEmpty() && layers.size() != mesh.nz()) {
            v.add(new FieldViolation(path + ".layers", "has " + layers.size() + " entries for " + mesh.nz() + " planes",
                    "exactly mesh.nz = " + mesh.nz() + " entries, or none"));
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).material() != null) {
                axisViolation(path + ".layers[" + i + "].material", layers.get(i).material(), v);
            }
        }
        Set<Integer> coupled = new HashSet<>();
        for (int i = 0; i < interlayer.size(); i++) {
            int lower = interlayer.get(i).lower_layer();
            if (lower > mesh.nz() - 2) {
                v.add(new FieldViolation(path + ".interlayer[" + i + "].lower_layer", "has no plane above it",
                        "[0, " + (mesh.nz() - 2) + "]"));
            }
            if (!coupled.add(lower)) {
                v.add(new FieldViolation(path + ".interlayer[" + i + "].lower_layer", "is coupled twice",
                        "each interface once"));
            }
        }
    }

    private static void axisViolation(String path, Material m, List<FieldViolation> v) {
        if (m.anisotropy_axis().norm() == 0) {
            v.add(new FieldViolation(path + ".anisotropy_axis", "must not be the zero vector", "|axis| > 0"));
        }
    }

    private Set<String> regionViolations(String path, List<FieldViolation> v) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            if (!names.add(r.name())) {
                v.add(new FieldViolation(path + ".regions[" + i + "].name", "is not unique", "a name used once"));
            }
            v.addAll(r.violations(path + ".regions[" + i + "]", mesh.nz()));
            if (r.material() != null && r.material().anisotropy_axis() != null
                    && r.material().anisotropy_axis().norm() == 0) {
                v.add(new FieldViolation(path + ".regions[" + i + "].material.anisotropy_axis",
                        "must not be the zero vector", "|axis| > 0"));
            }
        }
        for (int i = 0; i < geometry.include().size(); i++) {
            v.addAll(geometry.include().get(i).violations(path + ".geometry.include[" + i + "]"));
        }
        for (int i = 0; i < geometry.exclude().size(); i++) {
            v.addAll(geometry.exclude().get(i).violations(path + ".geometry.exclude[" + i + "]"));
        }
        return names;
    }

    private void physicsViolations(String path, List<FieldViolation> v) {
        if (thermal != null && thermal.temperature_K() > 0 && run.integrator() != RunControl.Integrator.HEUN) {
            v.add(new FieldViolation(path + ".run.integrator", "the thermal field needs a fixed-step Stratonovich "
                    + "integrator", "heun when thermal.temperature_K > 0"));
        }
        if (run.integrator() == RunControl.Integrator.RK45 && run.max_dt_s() < run.dt_s()) {
            v.add(new FieldViolation(path + ".run.max_dt_s", "is smaller than the first step dt_s", ">= dt_s"));
        }
        double stable = StepStability.maxStepS(this);
        if (run.dt_s() > stable) {
            String method = run.integrator().name().toLowerCase(Locale.ROOT);
            v.add(new FieldViolation(path + ".run.dt_s", String.format(Locale.ROOT, "%.3g s is above the "
                    + "%s stability limit of this mesh and material (the grid's shortest spin waves would grow)",
                    run.dt_s(), method), String.format(Locale.ROOT, "<= %.3g s, or integrator rk45",
                    stable)));
        }
    }

    private void initialViolations(String path, List<FieldViolation> v) {
        if (initial.direction().norm() == 0) {
            v.add(new FieldViolation(path + ".initial.direction", "must not be the zero vector", "|m| > 0"));
        }
        List<Vec3> perLayer = initial.layer_directions();
        if (perLayer != null) {
            if (perLayer.size() != mesh.nz()) {
                v.add(new FieldViolation(path + ".initial.layer_directions", "has " + perLayer.size()
                        + " entries for " + mesh.nz() + " planes", "exactly mesh.nz = " + mesh.nz() + " entries"));
            }
            for (int i = 0; i < perLayer.size(); i++) {
                if (perLayer.get(i).norm() == 0) {
                    v.add(new FieldViolation(path + ".initial.layer_directions[" + i + "]",
                            "must not be the zero vector", "|m| > 0"));
                }
            }
        }
        for (int i = 0; i < initial.skyrmions().size(); i++) {
            v.addAll(layerIndexViolations(path + ".initial.skyrmions[" + i + "].layers",
                    initial.skyrmions().get(i).layers(), mesh.nz()));
        }
    }

    /** Every entry a plane index of the mesh. */
    static List<FieldViolation> layerIndexViolations(String path, List<Integer> layers, int planes) {
        List<FieldViolation> v = new ArrayList<>();
        if (layers == null) {
            return v;
        }
        for (int i = 0; i < layers.size(); i++) {
            Integer layer = layers.get(i);
            if (layer == null || layer < 0 || layer >= planes) {
                v.add(new FieldViolation(path + "[" + i + "]", "is not a plane of the mesh", "[0, " + (planes - 1) + "]"));
            }
        }
        return v;
    }
}
