package io.spinsim.physics.outputs;

import io.spinsim.physics.geometry.Grid;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The OVF 2.0 layout that OOMMF and mumax3 read: header keys, check value, x-fastest cells, interleaved components. */
class OvfWriterTest {

    private static Snapshot snapshot() {
        Grid grid = new Grid(3, 2, 2, 2e-9, 3e-9, 1e-9);
        int n = grid.cells();
        double[] m = new double[3 * n];
        for (int i = 0; i < n; i++) {
            m[i] = i;
            m[n + i] = -i;
            m[2 * n + i] = 0.5;
        }
        return new Snapshot(1.5e-10, grid, m, null, new int[n]);
    }

    @Test
    void binaryFileHasHeaderCheckValueAndCellOrder() {
        byte[] file = OvfWriter.write(snapshot(), true);
        String text = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("# OOMMF OVF 2.0\n");
        assertThat(text).contains("# xnodes: 3\n", "# ynodes: 2\n", "# znodes: 2\n", "# valuedim: 3\n",
                "# meshunit: m\n", "# xstepsize: 2.0000000000e-09\n", "# Begin: Data Binary 4\n",
                "# End: Data Binary 4\n# End: Segment\n", "Total simulation time: 1.5000000000e-10 s");
        int start = text.indexOf("# Begin: Data Binary 4\n") + "# Begin: Data Binary 4\n".length();
        ByteBuffer data = ByteBuffer.wrap(file, start, 4 * (1 + 3 * 12)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(data.getFloat()).isEqualTo(1234567.0f);
        for (int i = 0; i < 12; i++) {
            assertThat(data.getFloat()).isEqualTo(i);
            assertThat(data.getFloat()).isEqualTo(-i);
            assertThat(data.getFloat()).isEqualTo(0.5f);
        }
    }

    @Test
    void textFileHasOneCellPerLine() {
        String text = new String(OvfWriter.write(snapshot(), false), StandardCharsets.US_ASCII);
        String data = text.substring(text.indexOf("# Begin: Data Text\n") + 19, text.indexOf("# End: Data Text"));
        String[] lines = data.strip().split("\n");
        assertThat(lines).hasSize(12);
        assertThat(lines[7].trim().split("\\s+")).extracting(Double::parseDouble).containsExactly(7.0, -7.0, 0.5);
    }
}
