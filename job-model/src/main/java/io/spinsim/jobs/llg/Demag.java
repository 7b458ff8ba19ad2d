package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Magnetostatic interaction.
 *
 * @param mode none (default); fft: full demag field by FFT convolution of the Newell tensor on the zero-padded grid;
 *             thin_film_local: B = -mu0 Ms m_z z per cell (infinite-film limit, cheap; neglects stray fields of
 *             textures and edges)
 */
public record Demag(Mode mode) {

    /** Largest grid the FFT demag accepts (its padded spectra take ~100 bytes per cell). */
    public static final long MAX_FFT_CELLS = 1L << 21;

    public enum Mode {
        @JsonProperty("none") NONE,
        @JsonProperty("fft") FFT,
        @JsonProperty("thin_film_local") THIN_FILM_LOCAL
    }

    public Demag {
        mode = mode == null ? Mode.NONE : mode;
    }
}
