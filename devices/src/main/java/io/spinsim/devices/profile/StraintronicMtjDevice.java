package io.spinsim.devices.profile;

import io.spinsim.devices.resistance.StraintronicTransfer;
import io.spinsim.jobs.device.StraintronicMtjModel;

import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 004 s-MTJ: levels at gate voltages evenly spaced across the linear range of eq.2. */
public record StraintronicMtjDevice(StraintronicMtjModel model, StraintronicTransfer transfer) implements ClosedFormDevice {

    public StraintronicMtjDevice(StraintronicMtjModel model) {
        this(model, StraintronicTransfer.of(model));
    }

    @Override
    public String deviceClass() {
        return "straintronic-mtj";
    }

    @Override
    public String defaultName() {
        return "straintronic MTJ, " + model.levels() + " levels over the linear range";
    }

    @Override
    public String reference() {
        return "seed 004 eq.1-2, Fig. 5 parameters unless overridden";
    }

    /** Gate voltages of the levels, from G_AP (delta) towards G_P. */
    public double[] gateVoltagesV() {
        int n = model.levels();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = transfer.deltaV() + (transfer.gateAtGpV() - transfer.deltaV()) * i / (n - 1);
        }
        return v;
    }

    @Override
    public double[] levelsS() {
        double[] v = gateVoltagesV();
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            g[i] = transfer.conductanceS(v[i]);
        }
        return g;
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("gamma_V", transfer.gammaV());
        s.put("nu_V", transfer.nuV());
        s.put("kappa_S_per_V", transfer.kappaSPerV());
        s.put("delta_V", transfer.deltaV());
        s.put("n_major", transfer.demag().nA());
        s.put("n_minor", transfer.demag().nB());
        s.put("g_ap_S", transfer.gApS());
        s.put("g_p_S", transfer.gPS());
        s.put("linear_range_low_V", transfer.linearRangeLowV());
        s.put("linear_range_high_V", transfer.linearRangeHighV());
        s.put("level_gate_voltages_V", gateVoltagesV());
        return s;
    }
}
