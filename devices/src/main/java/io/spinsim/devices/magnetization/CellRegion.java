package io.spinsim.devices.magnetization;

/** Cells [x0, x1) x [y0, y1) of a map: a detector, an active region, a chamber. */
public record CellRegion(int x0, int y0, int x1, int y1) {

    public CellRegion {
        if (x0 < 0 || y0 < 0 || x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("empty or negative region " + x0 + ".." + x1 + " x " + y0 + ".." + y1);
        }
    }

    public int cells() {
        return (x1 - x0) * (y1 - y0);
    }

    public boolean contains(double x, double y) {
        return x >= x0 && x < x1 && y >= y0 && y < y1;
    }
}
