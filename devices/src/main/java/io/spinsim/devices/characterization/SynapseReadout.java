package io.spinsim.devices.characterization;

import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.magnetization.MagnetizationMap;
import io.spinsim.physics.outputs.SkyrmionDetector;
import io.spinsim.physics.outputs.Snapshot;

import java.util.List;

/**
 * Reads a synapse state from one layer of a micromagnetic snapshot: the skyrmions (physics' detector) whose centre
 * lies over the detector, their total charge Q, and the conductance of the read-out over the detector cells.
 * A reversed cluster counts as a skyrmion only if its own charge is at least {@value #MIN_SKYRMION_CHARGE} in magnitude
 * (a skyrmion carries |Q| = 1, seed 000 eq.1): edge cells tipped over by the DMI canting, or a nucleation still in
 * progress, are clusters with |Q| near 0. They stay in the total charge Q, which is what a topological Hall read-out
 * measures.
 *
 * @param layer       z plane read
 * @param detector    detector cells
 * @param conductance read-out model
 */
public record SynapseReadout(int layer, CellRegion detector, DetectorConductance conductance) {

    /** Smallest |Q| of a reversed cluster that counts as a skyrmion. */
    public static final double MIN_SKYRMION_CHARGE = 0.5;

    /** Conductance of a read-out from the magnetization under it and the skyrmion charge it holds. */
    public interface DetectorConductance {
        double conductanceS(MagnetizationMap underDetector, double detectorCharge);
    }

    public PulseSample read(PulseSample.Phase phase, int pulse, Snapshot snapshot) {
        double dx = snapshot.grid().dx();
        double dy = snapshot.grid().dy();
        List<SkyrmionDetector.Skyrmion> inside = SkyrmionDetector.detect(snapshot, layer).stream()
                .filter(s -> detector.contains(s.x_m() / dx, s.y_m() / dy)).toList();
        double q = inside.stream().mapToDouble(SkyrmionDetector.Skyrmion::q).sum();
        MagnetizationMap cells = MagnetizationMap.ofLayer(snapshot, layer, detector);
        int skyrmions = (int) inside.stream().filter(sk -> Math.abs(sk.q()) >= MIN_SKYRMION_CHARGE).count();
        return new PulseSample(phase, pulse, snapshot.t(), skyrmions, q, conductance.conductanceS(cells, q));
    }
}
