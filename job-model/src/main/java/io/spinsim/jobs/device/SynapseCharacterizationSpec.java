package io.spinsim.jobs.device;

import io.spinsim.jobs.llg.Current;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.Region;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.jobs.llg.Shape;
import io.spinsim.jobs.llg.Thermal;
import io.spinsim.jobs.llg.TimeProfile;
import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spec of a {@code synapse-characterization} job: a micromagnetic synapse (an {@code llg} device: mesh, layers,
 * geometry, regions, skyrmion seeds, write currents) driven by an LTP pulse train and then an LTD train; every pulse
 * is followed by a read of the skyrmions, Q and conductance in the detector. Writes a device profile.
 * <p>
 * The device's currents give the write current of a potentiating pulse (kind, density and polarization); their
 * {@code profile} is replaced by the protocol's pulses, reversed for depression, and {@code run.duration_s} by the
 * protocol's length.
 * <p>
 * {@code injectors} are currents that keep their own time profile (from t = 0, so during the LTP train unless the
 * profile says otherwise) and are never reversed: a nucleation pulse at a spot of the pad that writes skyrmions
 * for the write current to carry in (seed 002's chamber: a spin-polarized pulse every fourth write pulse).
 *
 * @param name         job and profile name
 * @param device       the micromagnetic device
 * @param protocol     pulse train (default: seed 001)
 * @param readout      detector and read-out model
 * @param energy       write line for the energy per update (default: seed 001's heavy metal)
 * @param tolerance    fraction of the conductance swing below which reads count as equal (0.02)
 * @param read_voltage_V read voltage recorded in the profile (0.1 V)
 * @param devices      simulated devices (default 1); device d has its own Ku and D drawn from {@code variation}
 * @param cycles       LTP + LTD cycles per device (default 1); each cycle starts from the device's initial state with
 *                     its own thermal seed (thermal.seed + d x cycles + c), so with a thermal field the cycles of a
 *                     device differ by thermal noise only
 * @param variation    device-to-device dispersion of Ku and D (default none)
 * @param injectors    currents with their own profile, added to the run as given (default none)
 */
public record SynapseCharacterizationSpec(
        @Size(max = 200) String name,
        @NotNull @Valid LlgSpec device,
        @Valid SynapseProtocol protocol,
        @NotNull @Valid SynapseReadoutModel readout,
        @Valid WriteEnergyModel energy,
        @InRange(min = 1e-6, max = 0.5) Double tolerance,
        @InRange(min = 1e-4, max = 10, unit = "V") Double read_voltage_V,
        @InRange(min = 1, max = 64) Integer devices,
        @InRange(min = 1, max = 64) Integer cycles,
        @Valid DeviceVariation variation,
        @Size(max = 16) List<@NotNull @Valid Current> injectors) implements CrossFieldChecked {

    /** Longest protocol: the longest llg run. */
    public static final double MAX_DURATION_S = 1e-5;
    /** Most runs (devices x cycles) one job may ask for. */
    public static final int MAX_RUNS = 256;

    public SynapseCharacterizationSpec {
        name = name == null ? "synapse characterization" : name;
        protocol = protocol == null ? new SynapseProtocol(null, null, null, null) : protocol;
        energy = energy == null ? new WriteEnergyModel(null, null, null, null) : energy;
        tolerance = tolerance == null ? 0.02 : tolerance;
        read_voltage_V = read_voltage_V == null ? 0.1 : read_voltage_V;
        devices = devices == null ? 1 : devices;
        cycles = cycles == null ? 1 : cycles;
        variation = variation == null ? DeviceVariation.none() : variation;
        injectors = injectors == null ? List.of() : List.copyOf(injectors);
    }

    /** Number of LTP + LTD runs: devices x cycles. */
    public int runs() {
        return devices * cycles;
    }

    /**
     * The run of cycle {@code cycle} of device {@code device}: {@link #pulsedDevice()} with the device's Ku and D
     * and the cycle's thermal seed.
     */
    public LlgSpec run(int device, int cycle, DeviceVariation.Draw draw) {
        LlgSpec d = DeviceVariation.apply(pulsedDevice(), draw);
        Thermal t = d.thermal();
        Thermal thermal = t == null ? null : new Thermal(t.temperature_K(), t.seed() + (long) device * cycles + cycle);
        return new LlgSpec(d.name(), d.mesh(), d.material(), d.layers(), d.interlayer(), d.geometry(), d.regions(),
                d.field(), d.currents(), d.demag(), thermal, d.initial(), d.relax(), d.run(), d.outputs());
    }

    /**
     * The device as run: each write current twice, +J for the LTP pulses and -J for the LTD pulses that follow,
     * the injectors as given, and the run as long as the protocol.
     */
    public LlgSpec pulsedDevice() {
        List<Current> currents = new ArrayList<>();
        double period = protocol.period_s();
        for (Current c : device.currents()) {
            currents.add(withPulses(c, c.j_A_per_m2(), 0, protocol.ltp_pulses()));
            if (protocol.ltd_pulses() > 0) {
                currents.add(withPulses(c, -c.j_A_per_m2(), protocol.ltp_pulses() * period, protocol.ltd_pulses()));
            }
        }
        currents.addAll(injectors);
        RunControl r = device.run();
        RunControl run = new RunControl(r.integrator(), r.dt_s(), protocol.durationS(), r.precision(), r.backend(),
                r.tolerance(), r.max_dt_s());
        LlgSpec d = device;
        return new LlgSpec(d.name(), d.mesh(), d.material(), d.layers(), d.interlayer(), d.geometry(), d.regions(),
                d.field(), currents, d.demag(), d.thermal(), d.initial(), d.relax(), run, d.outputs());
    }

    private Current withPulses(Current c, double j, double startS, int count) {
        TimeProfile pulses = new TimeProfile(startS, protocol.pulse_width_s(), protocol.period_s(), (long) count);
        return new Current(c.kind(), j, pulses, c.region(), c.shape(), c.layers(), c.theta_sh(), c.direction(),
                c.normal(), c.polarization(), c.p(), c.xi(), c.thickness_m(), c.flow());
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        if (device.currents().isEmpty()) {
            v.add(new FieldViolation(path + ".device.currents", "a synapse needs a write current", "size >= 1"));
        }
        if (protocol.durationS() > MAX_DURATION_S) {
            v.add(new FieldViolation(path + ".protocol", "(ltp_pulses + ltd_pulses) x period_s = "
                    + protocol.durationS() + " s is longer than a run may last", "<= " + MAX_DURATION_S + " s"));
        }
        if (runs() > MAX_RUNS) {
            v.add(new FieldViolation(path + ".cycles", "devices x cycles = " + runs() + " runs is too many",
                    "devices * cycles <= " + MAX_RUNS));
        }
        if (protocol.pulse_width_s() > protocol.period_s()) {
            v.add(new FieldViolation(path + ".protocol.pulse_width_s", "is longer than the period",
                    "<= " + protocol.period_s() + " s"));
        }
        if (readout.layer() >= device.mesh().nz()) {
            v.add(new FieldViolation(path + ".readout.layer", "is not a plane of the mesh",
                    "< " + device.mesh().nz()));
        }
        checkDetector(v, path + ".readout.detector");
        if (readout.kind() == SynapseReadoutModel.Kind.TOPOLOGICAL_HALL) {
            if (readout.full_scale_skyrmions() == null) {
                v.add(new FieldViolation(path + ".readout.full_scale_skyrmions", "is required for topological_hall",
                        "a skyrmion count >= 1"));
            }
            if (!(readout.r_off_ohm() > readout.r_on_ohm())) {
                v.add(new FieldViolation(path + ".readout.r_off_ohm", "must exceed r_on_ohm",
                        "> " + readout.r_on_ohm()));
            }
        } else if (readout.reference().norm() == 0) {
            v.add(new FieldViolation(path + ".readout.reference", "must not be the zero vector", "|ref| > 0"));
        }
        Set<String> regionNames = device.regions().stream().map(Region::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (int i = 0; i < injectors.size(); i++) {
            v.addAll(injectors.get(i).violations(path + ".injectors[" + i + "]", regionNames, device.mesh().nz()));
        }
        if (v.isEmpty()) {
            v.addAll(pulsedDevice().crossFieldViolations(path + ".device"));
        }
        return v;
    }

    private void checkDetector(List<FieldViolation> v, String p) {
        Shape d = readout.detector();
        if (d.kind() != Shape.Kind.RECTANGLE) {
            v.add(new FieldViolation(p + ".kind", "the detector must be a rectangle", "rectangle"));
            return;
        }
        v.addAll(d.violations(p));
        double length = device.mesh().nx() * device.mesh().dx_m();
        double width = device.mesh().ny() * device.mesh().dy_m();
        if (v.isEmpty() && (d.x_min_m() < 0 || d.y_min_m() < 0 || d.x_max_m() > length || d.y_max_m() > width)) {
            v.add(new FieldViolation(p, "lies outside the mesh", "within [0, " + length + "] x [0, " + width + "] m"));
        }
    }
}
