package io.spinsim.jobs.sweep;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A 2D map of one collected quantity over two axes (e.g. skyrmion count over DMI x anisotropy, seed 000 Fig. 5).
 *
 * @param x     path of the axis along x
 * @param y     path of the axis along y
 * @param value one of the collected result paths
 */
public record Heatmap(@NotBlank @Size(max = 200) String x, @NotBlank @Size(max = 200) String y,
                      @NotBlank @Size(max = 200) String value) {
}
