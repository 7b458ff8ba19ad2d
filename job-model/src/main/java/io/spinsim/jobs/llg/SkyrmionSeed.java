package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A skyrmion written into the initial state: a Neel profile of the given radius whose core points against the local
 * background m_z and whose chirality suits the sign of the layer's DMI (in a bilayer the two cores are antiparallel,
 * seed 001 Fig. 2b).
 *
 * @param center_m centre [x, y]
 * @param radius_m radius where m_z changes sign
 * @param layers   z planes (default all)
 */
public record SkyrmionSeed(
        @NotNull Vec2 center_m,
        @NotNull @InRange(min = 1e-10, max = 1e-5, unit = "m") Double radius_m,
        @Size(max = 64) List<Integer> layers) {

    public boolean onLayer(int layer) {
        return layers == null || layers.contains(layer);
    }
}
