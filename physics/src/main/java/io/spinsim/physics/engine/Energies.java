package io.spinsim.physics.engine;

import java.util.EnumMap;
import java.util.Map;

/** Energy of each term, J (densities summed over cells times the cell volume). */
public record Energies(Map<EnergyTerm, Double> byTerm) {

    public Energies {
        byTerm = Map.copyOf(new EnumMap<>(byTerm));
    }

    public double total() {
        return byTerm.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double of(EnergyTerm term) {
        return byTerm.getOrDefault(term, 0.0);
    }
}
