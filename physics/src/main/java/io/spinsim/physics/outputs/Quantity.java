package io.spinsim.physics.outputs;

import java.util.List;

/** An output quantity (mumax3 style): named columns with units, evaluated on a snapshot; the table writes them. */
public interface Quantity {

    /** Column names with their unit, e.g. {@code mz} or {@code E_J}. */
    List<String> columns();

    double[] values(Snapshot snapshot);
}
