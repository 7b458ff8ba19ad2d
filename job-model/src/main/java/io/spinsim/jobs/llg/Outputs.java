package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.spinsim.jobs.validation.InRange;

/**
 * What the run writes.
 *
 * @param table_interval_s    time between rows of table.csv (default duration / 100)
 * @param mz_png              write mz.png of the final state (default true)
 * @param ovf                 final state as m.ovf (OVF 2.0): binary4 (default), text or none
 * @param snapshot_interval_s also write m_z PNG and OVF snapshots at this interval (default none)
 * @param topology            table columns Q (continuum, seed 000 eq.1) and Q_lattice (Berg-Luscher) per layer, and
 *                            skyrmions.json with the detected skyrmions of the final state (default true)
 * @param skyrmion_table      table columns with skyrmion count and mean centre/radius per layer (default false)
 * @param per_region          table columns <m> per region (default false)
 */
public record Outputs(
        @InRange(min = 1e-16, max = 1e-5, unit = "s") Double table_interval_s,
        Boolean mz_png,
        Ovf ovf,
        @InRange(min = 1e-16, max = 1e-5, unit = "s") Double snapshot_interval_s,
        Boolean topology,
        Boolean skyrmion_table,
        Boolean per_region) {

    /** Most table rows one job may ask for. */
    public static final long MAX_ROWS = 1_000_000L;
    /** Most snapshots one job may ask for. */
    public static final long MAX_SNAPSHOTS = 500;
    /** Most snapshot cells in all (snapshots x cells): bounds the stored OVF volume (~12 bytes per cell). */
    public static final long MAX_SNAPSHOT_CELLS = 1L << 25;

    public enum Ovf {
        @JsonProperty("binary4") BINARY4,
        @JsonProperty("text") TEXT,
        @JsonProperty("none") NONE
    }

    public Outputs {
        mz_png = mz_png == null ? Boolean.TRUE : mz_png;
        ovf = ovf == null ? Ovf.BINARY4 : ovf;
        topology = topology == null ? Boolean.TRUE : topology;
        skyrmion_table = skyrmion_table == null ? Boolean.FALSE : skyrmion_table;
        per_region = per_region == null ? Boolean.FALSE : per_region;
    }

    public static Outputs defaults() {
        return new Outputs(null, null, null, null, null, null, null);
    }
}
