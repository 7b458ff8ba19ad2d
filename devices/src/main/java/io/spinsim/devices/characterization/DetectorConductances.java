package io.spinsim.devices.characterization;

import io.spinsim.devices.resistance.MtjCellConductance;
import io.spinsim.devices.resistance.TopologicalHallResistivity;
import io.spinsim.jobs.device.SynapseReadoutModel;

/** The read-out a characterization spec names, as a detector conductance. */
public final class DetectorConductances {

    private DetectorConductances() {
    }

    public static SynapseReadout.DetectorConductance of(SynapseReadoutModel r, double cellAreaM2) {
        if (r.kind() == SynapseReadoutModel.Kind.MTJ) {
            double n = r.reference().norm();
            MtjCellConductance mtj = MtjCellConductance.fromRaProduct(cellAreaM2, r.ra_parallel_ohm_m2(),
                    r.polarization(), r.reference().x() / n, r.reference().y() / n, r.reference().z() / n);
            return (cells, q) -> mtj.conductanceS(cells, cells.all());
        }
        TopologicalHallResistivity hall = new TopologicalHallResistivity(r.rho_per_skyrmion_ohm_m());
        double fullScale = hall.rhoOhmM(r.full_scale_skyrmions());
        double gOff = 1 / r.r_off_ohm();
        double gOn = 1 / r.r_on_ohm();
        return (cells, q) -> gOff + (gOn - gOff) * hall.rhoOhmM(q) / fullScale;
    }
}
