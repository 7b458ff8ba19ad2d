package io.spinsim.studies;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A value map as a PNG: one block of pixels per cell, x to the right, y upwards, colour from the smallest to the
 * largest finite value (viridis-like ramp); cells without a value are grey.
 */
final class HeatmapImage {

    private static final int[][] RAMP = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
    private static final int NO_VALUE = 0x808080;

    private HeatmapImage() {
    }

    /** @param values values[iy][ix], NaN where a cell has no value */
    static byte[] png(double[][] values, int cellPixels) {
        int ny = values.length;
        int nx = values[0].length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        BufferedImage img = new BufferedImage(nx * cellPixels, ny * cellPixels, BufferedImage.TYPE_INT_RGB);
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                double v = values[iy][ix];
                int rgb = Double.isFinite(v) ? colour(hi > lo ? (v - lo) / (hi - lo) : 0.5) : NO_VALUE;
                int top = (ny - 1 - iy) * cellPixels;
                for (int py = 0; py < cellPixels; py++) {
                    for (int px = 0; px < cellPixels; px++) {
                        img.setRGB(ix * cellPixels + px, top + py, rgb);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int colour(double t) {
        double x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int i = Math.min((int) x, RAMP.length - 2);
        double f = x - i;
        int r = (int) Math.round(RAMP[i][0] + f * (RAMP[i + 1][0] - RAMP[i][0]));
        int g = (int) Math.round(RAMP[i][1] + f * (RAMP[i + 1][1] - RAMP[i][1]));
        int b = (int) Math.round(RAMP[i][2] + f * (RAMP[i + 1][2] - RAMP[i][2]));
        return (r << 16) | (g << 8) | b;
    }
}
