package io.spinsim.physics.outputs;

import java.util.List;
import java.util.function.IntPredicate;

/** Average unit magnetization <m> over the magnetic cells of a selection (all, one layer, one region). */
public final class AverageMagnetization implements Quantity {

    private final String suffix;
    private final IntPredicate selection;

    /**
     * @param suffix    appended to the column names (e.g. {@code _layer1}); empty for the whole magnet
     * @param selection cells that count (vacuum cells never count)
     */
    public AverageMagnetization(String suffix, IntPredicate selection) {
        this.suffix = suffix;
        this.selection = selection;
    }

    public static AverageMagnetization whole() {
        return new AverageMagnetization("", i -> true);
    }

    @Override
    public List<String> columns() {
        return List.of("mx" + suffix, "my" + suffix, "mz" + suffix);
    }

    @Override
    public double[] values(Snapshot s) {
        double[] sum = new double[3];
        long count = 0;
        for (int i = 0; i < s.grid().cells(); i++) {
            if (s.magnetic(i) && selection.test(i)) {
                count++;
                for (int c = 0; c < 3; c++) {
                    sum[c] += s.component(c, i);
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            sum[c] = count == 0 ? 0 : sum[c] / count;
        }
        return sum;
    }
}
