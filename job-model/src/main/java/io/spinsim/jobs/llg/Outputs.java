package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;

/**
 * What the run writes.
 *
 * @param table_interval_s time between rows of table.csv (default duration / 100)
 * @param mz_png           write a PNG of m_z at the end (default true)
 */
public record Outputs(
        @InRange(min = 1e-16, max = 1e-5, unit = "s") Double table_interval_s,
        Boolean mz_png) {

    /** Most table rows one job may ask for. */
    public static final long MAX_ROWS = 1_000_000L;

    public Outputs {
        mz_png = mz_png == null ? Boolean.TRUE : mz_png;
    }
}
