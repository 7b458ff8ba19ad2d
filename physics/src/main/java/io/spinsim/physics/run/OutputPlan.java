package io.spinsim.physics.run;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.physics.geometry.CellArea;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.outputs.AverageMagnetization;
import io.spinsim.physics.outputs.EnergyQuantity;
import io.spinsim.physics.outputs.Quantity;
import io.spinsim.physics.outputs.SkyrmionTable;
import io.spinsim.physics.outputs.TopologicalCharge;

import java.util.ArrayList;
import java.util.List;

/** The table columns a spec asks for: <m> (whole, per layer, per region), energies, Q, skyrmions. */
final class OutputPlan {

    private OutputPlan() {
    }

    static List<Quantity> tableQuantities(LlgSpec spec, SimulationBuilder.Model model) {
        Grid grid = model.setup().grid();
        List<Quantity> quantities = new ArrayList<>();
        quantities.add(AverageMagnetization.whole());
        if (grid.nz() > 1) {
            for (int l = 0; l < grid.nz(); l++) {
                int layer = l;
                quantities.add(new AverageMagnetization("_" + spec.layerName(l), i -> grid.layerOf(i) == layer));
            }
        }
        if (spec.outputs().per_region()) {
            for (int r = 0; r < spec.regions().size(); r++) {
                boolean[] inside = cells(grid, model.regionAreas().get(r));
                quantities.add(new AverageMagnetization("_" + spec.regions().get(r).name(), i -> inside[i]));
            }
        }
        quantities.add(new EnergyQuantity());
        if (spec.outputs().topology()) {
            quantities.add(new TopologicalCharge(grid.nz()));
        }
        if (spec.outputs().skyrmion_table()) {
            quantities.add(new SkyrmionTable(grid.nz()));
        }
        return quantities;
    }

    static boolean[] cells(Grid grid, CellArea area) {
        boolean[] inside = new boolean[grid.cells()];
        for (int iz = 0; iz < grid.nz(); iz++) {
            for (int iy = 0; iy < grid.ny(); iy++) {
                for (int ix = 0; ix < grid.nx(); ix++) {
                    inside[grid.index(ix, iy, iz)] = area.contains(iz, grid.x(ix), grid.y(iy));
                }
            }
        }
        return inside;
    }
}
