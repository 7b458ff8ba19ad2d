package io.spinsim.physics.outputs;

import io.spinsim.physics.geometry.Grid;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * OOMMF OVF 2.0 vector field file of the magnetization (readable by OOMMF, mumax3-convert, ovf/discretisedfield):
 * rectangular mesh in metres, cells x-fastest then y then z, three components per cell, data as "Binary 4"
 * (little-endian float32 after the check value 1234567.0) or "Text". Vacuum cells are written as zero vectors.
 */
public final class OvfWriter {

    /** OVF 2.0 check value that opens Binary 4 data. */
    static final float CHECK_VALUE_4 = 1234567.0f;

    private OvfWriter() {
    }

    public static byte[] write(Snapshot s, boolean binary) {
        Grid g = s.grid();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String format = binary ? "Binary 4" : "Text";
        ascii(out, header(s, g) + "# Begin: Data " + format + "\n");
        int n = g.cells();
        if (binary) {
            ByteBuffer data = ByteBuffer.allocate(4 * (1 + 3 * n)).order(ByteOrder.LITTLE_ENDIAN);
            data.putFloat(CHECK_VALUE_4);
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 3; c++) {
                    data.putFloat((float) s.m()[c * n + i]);
                }
            }
            out.writeBytes(data.array());
            ascii(out, "\n");
        } else {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(String.format(Locale.ROOT, "%.8e %.8e %.8e\n", s.m()[i], s.m()[n + i], s.m()[2 * n + i]));
            }
            ascii(out, text.toString());
        }
        ascii(out, "# End: Data " + format + "\n# End: Segment\n");
        return out.toByteArray();
    }

    private static String header(Snapshot s, Grid g) {
        StringBuilder h = new StringBuilder("# OOMMF OVF 2.0\n#\n# Segment count: 1\n#\n# Begin: Segment\n");
        h.append("# Begin: Header\n#\n# Title: m\n# meshtype: rectangular\n# meshunit: m\n");
        line(h, "xmin", 0);
        line(h, "ymin", 0);
        line(h, "zmin", 0);
        line(h, "xmax", g.nx() * g.dx());
        line(h, "ymax", g.ny() * g.dy());
        line(h, "zmax", g.nz() * g.dz());
        h.append("# valuedim: 3\n# valuelabels: m_x m_y m_z\n# valueunits: 1 1 1\n");
        h.append(String.format(Locale.ROOT, "# Desc: Total simulation time: %.10e s\n", s.t()));
        line(h, "xbase", g.dx() / 2);
        line(h, "ybase", g.dy() / 2);
        line(h, "zbase", g.dz() / 2);
        h.append("# xnodes: ").append(g.nx()).append("\n# ynodes: ").append(g.ny()).append("\n# znodes: ")
                .append(g.nz()).append('\n');
        line(h, "xstepsize", g.dx());
        line(h, "ystepsize", g.dy());
        line(h, "zstepsize", g.dz());
        return h.append("# End: Header\n").toString();
    }

    private static void line(StringBuilder h, String key, double value) {
        h.append("# ").append(key).append(": ").append(String.format(Locale.ROOT, "%.10e", value)).append('\n');
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
