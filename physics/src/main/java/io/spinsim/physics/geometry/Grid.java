package io.spinsim.physics.geometry;

/**
 * Finite-difference grid of nx x ny x nz cells of size dx x dy x dz (m). Cell i = ix + nx (iy + ny iz);
 * cell centres sit at ((ix + 1/2) dx, (iy + 1/2) dy) from the grid's lower-left corner. Each z plane is a layer.
 * Optionally periodic along x and/or y.
 */
public record Grid(int nx, int ny, int nz, double dx, double dy, double dz, boolean pbcX, boolean pbcY) {

    /** An open (non-periodic) grid. */
    public Grid(int nx, int ny, int nz, double dx, double dy, double dz) {
        this(nx, ny, nz, dx, dy, dz, false, false);
    }

    public Grid {
        if (nx < 1 || ny < 1 || nz < 1 || !(dx > 0) || !(dy > 0) || !(dz > 0)) {
            throw new IllegalArgumentException("grid needs positive sizes: " + nx + "x" + ny + "x" + nz);
        }
    }

    public int cells() {
        return nx * ny * nz;
    }

    public int cellsPerLayer() {
        return nx * ny;
    }

    public double cellVolume() {
        return dx * dy * dz;
    }

    public int index(int ix, int iy, int iz) {
        return ix + nx * (iy + ny * iz);
    }

    public double x(int ix) {
        return (ix + 0.5) * dx;
    }

    public double y(int iy) {
        return (iy + 0.5) * dy;
    }

    public int layerOf(int cell) {
        return cell / cellsPerLayer();
    }
}
