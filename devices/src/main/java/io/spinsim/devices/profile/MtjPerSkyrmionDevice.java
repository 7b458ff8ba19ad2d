package io.spinsim.devices.profile;

import io.spinsim.devices.resistance.SkyrmionMtjReadout;
import io.spinsim.jobs.device.MtjPerSkyrmionModel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 000 synapse read by a vertical MTJ: R(k) = R_empty + k dR for k = 0..N, levels G = 1/R sorted ascending. */
public record MtjPerSkyrmionDevice(MtjPerSkyrmionModel model) implements ClosedFormDevice {

    @Override
    public String deviceClass() {
        return "skyrmion-mtj-steps";
    }

    @Override
    public String defaultName() {
        return "skyrmion synapse, MTJ " + model.delta_r_per_skyrmion_ohm() + " Ohm per skyrmion, "
                + model.skyrmions() + " skyrmions";
    }

    @Override
    public String reference() {
        return "seed 000 Fig. 7e (5.62 Ohm per skyrmion); R_empty is not given there";
    }

    public double[] resistancesOhm() {
        SkyrmionMtjReadout readout = new SkyrmionMtjReadout(model.r_empty_ohm(), model.delta_r_per_skyrmion_ohm());
        double[] r = new double[model.skyrmions() + 1];
        for (int k = 0; k <= model.skyrmions(); k++) {
            r[k] = readout.resistanceOhm(k);
        }
        return r;
    }

    @Override
    public double[] levelsS() {
        return Arrays.stream(resistancesOhm()).map(r -> 1 / r).sorted().toArray();
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("level_resistances_by_skyrmion_count_ohm", resistancesOhm());
        return s;
    }
}
