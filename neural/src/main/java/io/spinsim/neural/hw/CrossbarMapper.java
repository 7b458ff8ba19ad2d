package io.spinsim.neural.hw;

import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.crossbar.Conductances;
import io.spinsim.neural.crossbar.CrossbarArray;
import io.spinsim.neural.crossbar.DifferentialPairMapping;
import io.spinsim.neural.crossbar.LineResistance;

import java.util.SplittableRandom;

/**
 * Programs one trained weight matrix onto a fresh crossbar: differential-pair mapping to the device's levels, then
 * fabrication (D2D offsets, stuck devices) and programming (C2C draw) from the given random source, then IR drop.
 */
public final class CrossbarMapper {

    private CrossbarMapper() {
    }

    public static MappedLayer map(float[] weights, int rows, int cols, float scale, ConductanceLevels levels,
                                  CrossbarConditions conditions, SplittableRandom random) {
        DifferentialPairMapping mapping = DifferentialPairMapping.map(weights, rows, cols, levels, scale);
        CrossbarArray array = CrossbarArray.fabricate(rows, cols, random.split(), conditions.variation(),
                conditions.stuckLowFraction(), conditions.stuckHighFraction());
        Conductances g = array.program(mapping, conditions.variation() ? random.split() : null);
        return new MappedLayer(mapping, LineResistance.apply(g, conditions.wireSegmentOhm()));
    }
}
