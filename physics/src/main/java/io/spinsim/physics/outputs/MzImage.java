package io.spinsim.physics.outputs;

import io.spinsim.physics.geometry.Grid;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * PNG colour map of m_z: blue (-1), white (0), red (+1), vacuum grey; layers side by side from bottom (z = 0) to
 * top, separated by a grey column; y up. Cells are scaled up so that a layer is about 512 pixels wide or high.
 */
public final class MzImage {

    private static final int VACUUM = 0x808080;

    private MzImage() {
    }

    public static byte[] png(Snapshot s) {
        Grid g = s.grid();
        int scale = Math.max(1, 512 / Math.max(g.nx(), g.ny()));
        int gap = g.nz() > 1 ? Math.max(2, scale) : 0;
        int width = g.nz() * g.nx() * scale + (g.nz() - 1) * gap;
        BufferedImage image = new BufferedImage(width, g.ny() * scale, BufferedImage.TYPE_INT_RGB);
        for (int px = 0; px < width; px++) {
            for (int py = 0; py < g.ny() * scale; py++) {
                image.setRGB(px, py, VACUUM);
            }
        }
        for (int iz = 0; iz < g.nz(); iz++) {
            int x0 = iz * (g.nx() * scale + gap);
            for (int iy = 0; iy < g.ny(); iy++) {
                for (int ix = 0; ix < g.nx(); ix++) {
                    int cell = g.index(ix, iy, iz);
                    int rgb = s.magnetic(cell) ? colour(s.component(2, cell)) : VACUUM;
                    fill(image, x0 + ix * scale, (g.ny() - 1 - iy) * scale, scale, rgb);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Diverging blue-white-red map of v in [-1, 1]. */
    static int colour(double v) {
        double t = Math.max(-1, Math.min(1, v));
        int fade = (int) Math.round(255 * (1 - Math.abs(t)));
        return t >= 0 ? (255 << 16) | (fade << 8) | fade : (fade << 16) | (fade << 8) | 255;
    }

    private static void fill(BufferedImage image, int x, int y, int size, int rgb) {
        for (int dx = 0; dx < size; dx++) {
            for (int dy = 0; dy < size; dy++) {
                image.setRGB(x + dx, y + dy, rgb);
            }
        }
    }
}
