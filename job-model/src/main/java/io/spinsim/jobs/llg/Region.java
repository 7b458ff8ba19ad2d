package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * A named part of the magnet (chamber, terminal, detector, barrier): the cells of the given layers whose centre lies
 * in any of its shapes. It may change the material there; fields, currents and outputs refer to it by name. Where
 * regions overlap, the later one wins.
 *
 * @param name     unique name, used in table columns
 * @param shapes   union of shapes
 * @param layers   z planes it spans (default all)
 * @param material values that differ inside (default none)
 */
public record Region(
        @NotNull @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]{0,39}") String name,
        @NotNull @Size(min = 1, max = 64) List<@Valid Shape> shapes,
        @Size(max = 64) List<Integer> layers,
        @Valid RegionMaterial material) {

    public Region {
        shapes = shapes == null ? null : List.copyOf(shapes);
        layers = layers == null ? null : List.copyOf(layers);
    }

    public boolean onLayer(int layer) {
        return layers == null || layers.contains(layer);
    }

    public List<FieldViolation> violations(String path, int planes) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            v.addAll(shapes.get(i).violations(path + ".shapes[" + i + "]"));
        }
        v.addAll(LlgSpec.layerIndexViolations(path + ".layers", layers, planes));
        return v;
    }
}
