package io.spinsim.physics.outputs;

import io.spinsim.physics.engine.Energies;
import io.spinsim.physics.geometry.Grid;

/**
 * The state at one output time.
 *
 * @param t            s
 * @param m            unit magnetization, structure of arrays (3 n), zero in vacuum
 * @param energies     per-term energies, J (null when not computed for this output)
 * @param regionOfCell region table index per cell (0: vacuum)
 */
public record Snapshot(double t, Grid grid, double[] m, Energies energies, int[] regionOfCell) {

    public boolean magnetic(int cell) {
        return regionOfCell[cell] != 0;
    }

    public double component(int c, int cell) {
        return m[c * grid.cells() + cell];
    }
}
