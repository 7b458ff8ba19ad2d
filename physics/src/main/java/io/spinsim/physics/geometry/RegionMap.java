package io.spinsim.physics.geometry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rasterizes the geometry onto the grid: a cell is vacuum (region 0) or magnetic, and each magnetic cell gets the
 * region table entry of its key (plane, material region, set of drive areas containing it). Cells with equal keys
 * share an entry, so the kernel's per-region tables stay small however the shapes overlap. Cells of a drive that
 * varies from cell to cell (a current that follows the film's outline) each get an entry of their own.
 */
public final class RegionMap {

    /**
     * @param layer          z plane
     * @param materialRegion index of the material region that wins at the cell, -1 for none
     * @param drives         indices of the drive areas containing the cell
     * @param cell           the cell when the entry is its own, -1 when cells share it
     */
    public record Key(int layer, int materialRegion, BitSet drives, int cell) {
        public Key {
            drives = (BitSet) drives.clone();
        }
    }

    private final Grid grid;
    private final int[] regionOfCell;
    private final List<Key> keys;

    private RegionMap(Grid grid, int[] regionOfCell, List<Key> keys) {
        this.grid = grid;
        this.regionOfCell = regionOfCell;
        this.keys = keys;
    }

    /**
     * @param magnet          magnetic cells
     * @param materialRegions areas with their own material, later ones win
     * @param driveAreas      areas of fields and currents
     */
    public static RegionMap build(Grid grid, CellArea magnet, List<CellArea> materialRegions,
                                  List<CellArea> driveAreas) {
        return build(grid, magnet, materialRegions, driveAreas, (l, x, y) -> false);
    }

    /**
     * @param ownEntry cells that get an entry of their own (where a drive differs from cell to cell)
     */
    public static RegionMap build(Grid grid, CellArea magnet, List<CellArea> materialRegions,
                                  List<CellArea> driveAreas, CellArea ownEntry) {
        int[] regionOfCell = new int[grid.cells()];
        List<Key> keys = new ArrayList<>();
        keys.add(null);
        Map<Key, Integer> ids = new HashMap<>();
        for (int iz = 0; iz < grid.nz(); iz++) {
            for (int iy = 0; iy < grid.ny(); iy++) {
                for (int ix = 0; ix < grid.nx(); ix++) {
                    double x = grid.x(ix);
                    double y = grid.y(iy);
                    if (!magnet.contains(iz, x, y)) {
                        continue;
                    }
                    int material = -1;
                    for (int r = 0; r < materialRegions.size(); r++) {
                        if (materialRegions.get(r).contains(iz, x, y)) {
                            material = r;
                        }
                    }
                    BitSet drives = new BitSet();
                    for (int d = 0; d < driveAreas.size(); d++) {
                        drives.set(d, driveAreas.get(d).contains(iz, x, y));
                    }
                    int cell = grid.index(ix, iy, iz);
                    Key key = new Key(iz, material, drives, ownEntry.contains(iz, x, y) ? cell : -1);
                    Integer id = ids.get(key);
                    if (id == null) {
                        id = keys.size();
                        ids.put(key, id);
                        keys.add(key);
                    }
                    regionOfCell[cell] = id;
                }
            }
        }
        return new RegionMap(grid, regionOfCell, keys);
    }

    public int[] regionOfCell() {
        return regionOfCell.clone();
    }

    /** Region table size including vacuum. */
    public int regions() {
        return keys.size();
    }

    /** Key of region table entry r (r >= 1). */
    public Key key(int r) {
        return Objects.requireNonNull(keys.get(r), "region 0 is vacuum");
    }

    /** Entries shared by cells (those not given one per cell). */
    public int sharedEntries() {
        return (int) keys.stream().filter(k -> k != null && k.cell() < 0).count();
    }

    /** Which region table entries lie in drive area d. */
    public boolean[] entriesOfDrive(int d) {
        boolean[] in = new boolean[keys.size()];
        for (int r = 1; r < keys.size(); r++) {
            in[r] = keys.get(r).drives().get(d);
        }
        return in;
    }

    public Grid grid() {
        return grid;
    }
}
