package io.spinsim.devices.characterization;

import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.magnetization.MagnetizationMap;
import io.spinsim.devices.magnetization.RegionSkyrmionCounter;
import io.spinsim.devices.magnetization.RegionTopologicalCharge;
import io.spinsim.devices.resistance.MapConductance;

/**
 * Reads a synapse state from its magnetization: skyrmions and Q in the active region, conductance of the read-out
 * over it.
 */
public record SynapseReadout(CellRegion activeRegion, RegionSkyrmionCounter counter, MapConductance conductance) {

    public PulseSample read(PulseSample.Phase phase, int pulse, double timeS, MagnetizationMap map) {
        return new PulseSample(phase, pulse, timeS, counter.count(map, activeRegion),
                RegionTopologicalCharge.of(map, activeRegion), conductance.conductanceS(map, activeRegion));
    }
}
