package io.spinsim.physics.outputs;

import io.spinsim.physics.engine.EnergyTerm;

import java.util.ArrayList;
import java.util.List;

/** Total energy and the energy of each term, J. */
public final class EnergyQuantity implements Quantity {

    @Override
    public List<String> columns() {
        List<String> names = new ArrayList<>(List.of("E_J"));
        for (EnergyTerm term : EnergyTerm.values()) {
            names.add(term.column());
        }
        return names;
    }

    @Override
    public double[] values(Snapshot s) {
        double[] v = new double[EnergyTerm.values().length + 1];
        v[0] = s.energies().total();
        for (EnergyTerm term : EnergyTerm.values()) {
            v[term.ordinal() + 1] = s.energies().of(term);
        }
        return v;
    }
}
