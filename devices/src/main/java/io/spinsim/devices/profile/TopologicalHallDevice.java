package io.spinsim.devices.profile;

import io.spinsim.devices.resistance.TopologicalHallResistivity;
import io.spinsim.jobs.device.TopologicalHallModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seeds 000/002 synapse read through the topological Hall effect: k = 0..N skyrmions give rho_xy = k rho_sk, mapped
 * linearly onto [1/R_off, 1/R_on] so that the level with the largest |rho_xy| is the most conductive.
 */
public record TopologicalHallDevice(TopologicalHallModel model) implements ClosedFormDevice {

    @Override
    public String deviceClass() {
        return "skyrmion-topological-hall";
    }

    @Override
    public String defaultName() {
        return "skyrmion synapse, topological Hall read-out, " + model.skyrmions() + " skyrmions";
    }

    @Override
    public String reference() {
        return "seed 000 topological Hall resistivity (22 nOhm cm per skyrmion), seed 002 read window (R_on, R_off)";
    }

    public double[] resistivitiesOhmM() {
        TopologicalHallResistivity hall = new TopologicalHallResistivity(model.rho_per_skyrmion_ohm_m());
        double[] rho = new double[model.skyrmions() + 1];
        for (int k = 0; k <= model.skyrmions(); k++) {
            rho[k] = hall.rhoOhmM(k);
        }
        return rho;
    }

    @Override
    public double[] levelsS() {
        double gOff = 1 / model.r_off_ohm();
        double gOn = 1 / model.r_on_ohm();
        double[] rho = resistivitiesOhmM();
        double full = Math.abs(rho[rho.length - 1]);
        double[] g = new double[rho.length];
        for (int k = 0; k < rho.length; k++) {
            g[k] = gOff + (gOn - gOff) * Math.abs(rho[k]) / full;
        }
        return g;
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("level_rho_xy_ohm_m", resistivitiesOhmM());
        return s;
    }
}
