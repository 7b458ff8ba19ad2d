package io.spinsim.devices.profile;

import io.spinsim.devices.magnetization.MagnetizationMap;
import io.spinsim.devices.magnetization.SkyrmionAnsatz;
import io.spinsim.devices.resistance.MtjCellConductance;
import io.spinsim.jobs.device.SkyrmionMtjModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 001 synapse: the detector half of the top layer (background +z, reference layer pinned to -z) holding
 * k = 0..N skyrmions at evenly spaced slots, its conductance summed cell by cell with eq.4.
 */
public record SkyrmionMtjDevice(SkyrmionMtjModel model) implements ClosedFormDevice {

    @Override
    public String deviceClass() {
        return "skyrmion-mtj";
    }

    @Override
    public String defaultName() {
        return "skyrmion synapse, MTJ detector, " + model.skyrmions() + " skyrmions";
    }

    @Override
    public String reference() {
        return "seed 001 eq.4-5 over a skyrmion map, Table I parameters unless overridden";
    }

    /** Detector map, uniform +z. */
    public MagnetizationMap emptyDetector() {
        int nx = (int) Math.round(model.detector_length_m() / model.cell_size_m());
        int ny = (int) Math.round(model.detector_width_m() / model.cell_size_m());
        return MagnetizationMap.uniform(nx, ny, model.cell_size_m(), model.cell_size_m(), 0, 0, 1);
    }

    public MtjCellConductance detector() {
        return MtjCellConductance.fromRaProduct(model.cell_size_m() * model.cell_size_m(),
                model.ra_parallel_ohm_m2(), model.polarization(), 0, 0, -1);
    }

    @Override
    public double[] levelsS() {
        MagnetizationMap map = emptyDetector();
        MtjCellConductance detector = detector();
        SkyrmionAnsatz skyrmion = new SkyrmionAnsatz(model.skyrmion_radius_m(), model.wall_width_m());
        double slot = map.nx() * map.dxM() / model.skyrmions();
        double[] g = new double[model.skyrmions() + 1];
        g[0] = detector.conductanceS(map, map.all());
        for (int k = 1; k <= model.skyrmions(); k++) {
            skyrmion.drawInto(map, (k - 0.5) * slot, map.ny() * map.dyM() / 2, 1);
            g[k] = detector.conductanceS(map, map.all());
        }
        return g;
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("g0_per_cell_S", detector().g0PerCellS());
        s.put("skyrmion_radius_m", model.skyrmion_radius_m());
        s.put("wall_width_m", model.wall_width_m());
        return s;
    }
}
