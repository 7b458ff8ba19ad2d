package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import io.spinsim.jobs.llg.Current;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.jobs.llg.TimeProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Spec of a {@code neuron-characterization} job: a LIF neuron driven by rectangular current pulse trains of every
 * listed amplitude and period; records its state against time, fits integrate and leak rates and measures the spike
 * rate against current. Defaults reproduce seed 003's micromagnetic DW-MTJ neuron (1 ns pulses, periods 1.5-4 ns).
 * With {@code skyrmion_llg} the neuron is instead a micromagnetic skyrmion device (seed 001): the LLG run gives the
 * skyrmion position against time, the fitted integrate and leak velocities, and the eq.7 model built from them is
 * swept over the currents.
 *
 * @param name                       job name
 * @param dw_lif                     the domain-wall LIF model of seed 003 eq.4 (default: the paper's)
 * @param skyrmion_llg               a micromagnetic skyrmion neuron instead (seed 001); dw_lif and readout unused
 * @param readout                    MTJ and divider read-out (seed 003 eq.2-3)
 * @param current_densities_A_per_m2 pulse amplitudes of the spike-rate sweep
 * @param pulse_width_s              pulse width (1 ns)
 * @param periods_s                  pulse periods (1.5, 2, 2.5, 3, 4 ns: 667-250 MHz)
 * @param duration_s                 simulated time per train (200 ns)
 * @param trace_current_A_per_m2     amplitude whose m(t), R(t), V(t) traces are written (1e11 A/m^2)
 */
public record NeuronCharacterizationSpec(
        @Size(max = 200) String name,
        @Valid DwLifModel dw_lif,
        @Valid SkyrmionNeuronLlg skyrmion_llg,
        @Valid MtjDividerReadout readout,
        @Size(min = 1, max = 200) List<@NotNull @InRange(min = 0, max = 1e14, unit = "A/m^2") Double>
                current_densities_A_per_m2,
        @InRange(min = 1e-13, max = 1e-3, unit = "s") Double pulse_width_s,
        @Size(min = 1, max = 50) List<@NotNull @InRange(min = 1e-13, max = 1e-3, unit = "s") Double> periods_s,
        @InRange(min = 1e-12, max = 1e-3, unit = "s") Double duration_s,
        @InRange(min = 0, max = 1e14, unit = "A/m^2") Double trace_current_A_per_m2) implements CrossFieldChecked {

    /** Most time steps of all trains together. */
    public static final long MAX_STEPS = 500_000_000L;

    public NeuronCharacterizationSpec {
        name = name == null ? "neuron characterization" : name;
        dw_lif = dw_lif == null ? new DwLifModel(null, null, null, null, null, null) : dw_lif;
        readout = readout == null ? new MtjDividerReadout(null, null, null, null) : readout;
        current_densities_A_per_m2 = current_densities_A_per_m2 == null
                ? List.of(1e10, 2e10, 3e10, 4e10, 6e10, 8e10, 1e11, 1.2e11) : List.copyOf(current_densities_A_per_m2);
        pulse_width_s = pulse_width_s == null ? 1e-9 : pulse_width_s;
        periods_s = periods_s == null ? List.of(1.5e-9, 2e-9, 2.5e-9, 3e-9, 4e-9) : List.copyOf(periods_s);
        duration_s = duration_s == null ? 200e-9 : duration_s;
        trace_current_A_per_m2 = trace_current_A_per_m2 == null ? 1e11 : trace_current_A_per_m2;
    }

    /** Time steps over all trains: one per (amplitude, period) pair plus one trace per period. */
    public long steps() {
        return Math.round(duration_s / dw_lif.dt_s()) * (current_densities_A_per_m2.size() + 1) * periods_s.size();
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < periods_s.size(); i++) {
            if (periods_s.get(i) < pulse_width_s) {
                v.add(new FieldViolation(path + ".periods_s[" + i + "]", "is shorter than pulse_width_s",
                        ">= " + pulse_width_s + " s"));
            }
        }
        if (steps() > MAX_STEPS) {
            v.add(new FieldViolation(path + ".duration_s", "gives " + steps() + " time steps over all trains",
                    "at most " + MAX_STEPS + " steps (duration_s / dw_lif.dt_s per train)"));
        }
        if (!(dw_lif.threshold() > dw_lif.rest())) {
            v.add(new FieldViolation(path + ".dw_lif.threshold", "must exceed rest", "> " + dw_lif.rest()));
        }
        if (skyrmion_llg != null) {
            v.addAll(skyrmionViolations(path + ".skyrmion_llg"));
        }
        if (!(readout.r_ap_ohm() > readout.r_p_ohm())) {
            v.add(new FieldViolation(path + ".readout.r_ap_ohm", "must exceed r_p_ohm", "> " + readout.r_p_ohm()));
        }
        return v;
    }

    /** The skyrmion neuron as run: its currents on for integrate_s from t = 0, then off for leak_s. */
    public LlgSpec skyrmionRun() {
        SkyrmionNeuronLlg n = skyrmion_llg;
        LlgSpec d = n.device();
        List<Current> currents = d.currents().stream().map(c -> new Current(c.kind(), c.j_A_per_m2(),
                new TimeProfile(0.0, n.integrate_s(), null, 1L), c.region(), c.shape(), c.layers(), c.theta_sh(),
                c.direction(), c.normal(), c.polarization(), c.p(), c.xi(), c.thickness_m(), c.flow())).toList();
        RunControl r = d.run();
        RunControl run = new RunControl(r.integrator(), r.dt_s(), n.integrate_s() + n.leak_s(), r.precision(),
                r.backend(), r.tolerance(), r.max_dt_s());
        return new LlgSpec(d.name(), d.mesh(), d.material(), d.layers(), d.interlayer(), d.geometry(), d.regions(),
                d.field(), currents, d.demag(), d.thermal(), d.initial(), d.relax(), run, d.outputs());
    }

    private List<FieldViolation> skyrmionViolations(String p) {
        List<FieldViolation> v = new ArrayList<>();
        if (skyrmion_llg.device().currents().isEmpty()) {
            v.add(new FieldViolation(p + ".device.currents", "the neuron needs a write current", "size >= 1"));
        }
        int planes = skyrmion_llg.device().mesh().nz();
        if (skyrmion_llg.layer() >= planes) {
            v.add(new FieldViolation(p + ".layer", "is not a plane of the mesh", "< " + planes));
        }
        if (skyrmion_llg.device().initial().skyrmions().isEmpty()) {
            v.add(new FieldViolation(p + ".device.initial.skyrmions", "the neuron needs a skyrmion", "size >= 1"));
        }
        if (v.isEmpty()) {
            v.addAll(skyrmionRun().crossFieldViolations(p + ".device"));
        }
        return v;
    }
}
