package io.spinsim.devices.neuron;

import io.spinsim.devices.compact.CurrentWaveform;
import io.spinsim.devices.compact.DomainWallLifNeuron;
import io.spinsim.devices.compact.LifRateFit;
import io.spinsim.devices.compact.LifTrace;
import io.spinsim.devices.resistance.TunnelResistance;
import io.spinsim.devices.resistance.VoltageDivider;
import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.device.DwLifModel;
import io.spinsim.jobs.device.MtjDividerReadout;
import io.spinsim.jobs.device.NeuronCharacterizationSpec;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code neuron-characterization} jobs. On the seed 003 domain-wall LIF neuron: state, MTJ resistance and
 * divider voltage against time for each pulse period, integrate/leak rates fitted from the first trace, and the
 * spike rate for every (current, period) pair. On a micromagnetic skyrmion neuron: {@link
 * SkyrmionNeuronCharacterization}.
 */
public final class NeuronCharacterizationRunner implements JobRunner<NeuronCharacterizationSpec> {

    /** Rows per trace in traces.csv; longer traces are decimated. */
    private static final int TRACE_ROWS = 2000;

    @Override
    public JobType<NeuronCharacterizationSpec> type() {
        return JobTypes.NEURON_CHARACTERIZATION;
    }

    @Override
    public JobOutcome run(NeuronCharacterizationSpec spec, JobContext context) {
        if (spec.skyrmion_llg() != null) {
            return SkyrmionNeuronCharacterization.run(spec, context);
        }
        DomainWallLifNeuron neuron = neuron(spec.dw_lif());
        List<Map<String, Object>> perPeriod = new ArrayList<>();
        StringBuilder traces = new StringBuilder("period_s,t_s,m,r_ohm,v_out_V,current_A_per_m2\n");
        LifRateFit fit = null;
        for (double period : spec.periods_s()) {
            CurrentWaveform drive = new CurrentWaveform(spec.trace_current_A_per_m2(), spec.pulse_width_s(), period);
            LifTrace trace = neuron.run(drive, spec.duration_s());
            appendTrace(traces, period, trace, drive, spec.readout());
            if (fit == null) {
                fit = fitBeforeFirstSpike(trace, drive);
            }
            perPeriod.add(periodSummary(spec, neuron, period, trace));
        }
        context.progress(0.2, "traces done; spike-rate sweep");
        String rates = rateSweep(spec, neuron, perPeriod, context);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", spec.name());
        summary.put("model", "seed 003 eq.4 domain-wall LIF, MTJ eq.2, divider eq.3");
        summary.put("fitted_integrate_rate_per_s", fit.integrateRatePerS());
        summary.put("fitted_leak_rate_per_s", fit.leakRatePerS());
        summary.put("fitted_gamma_m2_per_A_s", fit.nuBarPerAPerM2S());
        summary.put("threshold_output_V", outputV(spec.readout(), spec.dw_lif().threshold()));
        summary.put("periods", perPeriod);
        context.progress(1, "done");
        return new JobOutcome(summary, List.of(Artifact.csv("traces.csv", traces.toString()),
                Artifact.csv("spike_rate.csv", rates)));
    }

    static DomainWallLifNeuron neuron(DwLifModel m) {
        return new DomainWallLifNeuron(m.alpha(), m.beta(), m.gamma(), m.threshold(), m.rest(), m.dt_s());
    }

    /** Seed 003 eq.2 with m.m_P = -m, then eq.3. */
    static double outputV(MtjDividerReadout r, double m) {
        double ohm = new TunnelResistance(r.r_p_ohm(), r.r_ap_ohm()).resistanceOhm(-m);
        return new VoltageDivider(r.r_read_ohm(), r.v_read_V()).outputV(ohm);
    }

    private static Map<String, Object> periodSummary(NeuronCharacterizationSpec spec, DomainWallLifNeuron neuron,
                                                     double period, LifTrace trace) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("period_s", period);
        p.put("frequency_Hz", 1 / period);
        p.put("first_spike_s", trace.spikesS().length > 0 ? trace.spikesS()[0] : null);
        p.put("spike_rate_Hz", trace.spikeRateHz());
        // net rise per period must be positive to fire: gamma J width + beta period > 0
        p.put("min_firing_current_A_per_m2", -neuron.beta() * period / (neuron.gamma() * spec.pulse_width_s()));
        return p;
    }

    private static LifRateFit fitBeforeFirstSpike(LifTrace trace, CurrentWaveform drive) {
        int end = trace.timesS().length;
        if (trace.spikesS().length > 0) {
            end = Math.max(2, (int) Math.floor(trace.spikesS()[0] / (trace.timesS()[1] - trace.timesS()[0])));
        }
        return LifRateFit.fit(Arrays.copyOf(trace.timesS(), end), Arrays.copyOf(trace.state(), end), drive);
    }

    private static void appendTrace(StringBuilder csv, double period, LifTrace trace, CurrentWaveform drive,
                                    MtjDividerReadout readout) {
        int stride = Math.max(1, trace.timesS().length / TRACE_ROWS);
        TunnelResistance mtj = new TunnelResistance(readout.r_p_ohm(), readout.r_ap_ohm());
        for (int i = 0; i < trace.timesS().length; i += stride) {
            double m = trace.state()[i];
            csv.append(period).append(',').append(trace.timesS()[i]).append(',').append(m).append(',')
                    .append(mtj.resistanceOhm(-m)).append(',').append(outputV(readout, m)).append(',')
                    .append(drive.densityAPerM2(trace.timesS()[i])).append('\n');
        }
    }

    private static String rateSweep(NeuronCharacterizationSpec spec, DomainWallLifNeuron neuron,
                                    List<Map<String, Object>> perPeriod, JobContext context) {
        StringBuilder csv = new StringBuilder("current_A_per_m2,period_s,frequency_Hz,spike_rate_Hz,first_spike_s\n");
        int done = 0;
        int total = spec.periods_s().size() * spec.current_densities_A_per_m2().size();
        for (int p = 0; p < spec.periods_s().size(); p++) {
            double period = spec.periods_s().get(p);
            List<Double> rates = new ArrayList<>();
            for (double j : spec.current_densities_A_per_m2()) {
                LifTrace t = neuron.run(new CurrentWaveform(j, spec.pulse_width_s(), period), spec.duration_s());
                rates.add(t.spikeRateHz());
                csv.append(j).append(',').append(period).append(',').append(1 / period).append(',')
                        .append(t.spikeRateHz()).append(',').append(t.spikesS().length > 0 ? t.spikesS()[0] : "")
                        .append('\n');
                context.progress(0.2 + 0.8 * ++done / total, "spike rate sweep");
            }
            perPeriod.get(p).put("spike_rate_by_current_Hz", rates);
            perPeriod.get(p).put("rate_grows_with_current", nonDecreasing(rates) && rates.get(rates.size() - 1)
                    > rates.get(0));
        }
        return csv.toString();
    }

    private static boolean nonDecreasing(List<Double> v) {
        for (int i = 1; i < v.size(); i++) {
            if (v.get(i) < v.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
