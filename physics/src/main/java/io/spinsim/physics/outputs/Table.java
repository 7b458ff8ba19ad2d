package io.spinsim.physics.outputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The CSV table of a run: a row of every quantity per output time, header {@code t_s,<columns with units>}. */
public final class Table {

    private final List<Quantity> quantities;
    private final StringBuilder csv = new StringBuilder();
    private final List<double[]> rows = new ArrayList<>();
    private final List<String> header = new ArrayList<>();

    public Table(List<Quantity> quantities) {
        this.quantities = List.copyOf(quantities);
        header.add("t_s");
        quantities.forEach(q -> header.addAll(q.columns()));
        csv.append(String.join(",", header)).append('\n');
    }

    public double[] add(Snapshot snapshot) {
        double[] row = new double[header.size()];
        row[0] = snapshot.t();
        int at = 1;
        for (Quantity q : quantities) {
            double[] v = q.values(snapshot);
            System.arraycopy(v, 0, row, at, v.length);
            at += v.length;
        }
        rows.add(row);
        for (int i = 0; i < row.length; i++) {
            csv.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.9g", row[i]));
        }
        csv.append('\n');
        return row;
    }

    public List<String> header() {
        return List.copyOf(header);
    }

    public List<double[]> rows() {
        return List.copyOf(rows);
    }

    public double value(int row, String column) {
        return rows.get(row)[header.indexOf(column)];
    }

    public String csv() {
        return csv.toString();
    }
}
