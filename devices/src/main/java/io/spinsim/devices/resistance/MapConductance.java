package io.spinsim.devices.resistance;

import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.magnetization.MagnetizationMap;

/** A read-out that turns the magnetization under it into a conductance. */
public interface MapConductance {

    double conductanceS(MagnetizationMap map, CellRegion region);
}
