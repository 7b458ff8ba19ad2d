package io.spinsim.jobs.llg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * One z plane of the mesh as a ferromagnetic layer with its own material (seed 001: top and bottom layer, the
 * anisotropy gradient in the bottom one only).
 *
 * @param name     label used in table columns (default {@code layer<i>})
 * @param material its material (default: the spec's {@code material})
 */
public record Layer(@Size(max = 40) String name, @Valid Material material) {
}
