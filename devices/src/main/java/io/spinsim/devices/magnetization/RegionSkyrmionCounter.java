package io.spinsim.devices.magnetization;

/**
 * Counts skyrmions inside a region as connected clusters (4-neighbour) of cells whose m_z opposes the background:
 * each skyrmion core is one such cluster, a skyrmion cut by the region edge counts where its core lies.
 *
 * @param background m_z sign of the region's uniform state (+1 or -1)
 */
public record RegionSkyrmionCounter(int background) {

    public int count(MagnetizationMap map, CellRegion region) {
        boolean[] seen = new boolean[map.nx() * map.ny()];
        int clusters = 0;
        int[] stack = new int[region.cells()];
        for (int y = region.y0(); y < region.y1(); y++) {
            for (int x = region.x0(); x < region.x1(); x++) {
                int i = map.index(x, y);
                if (!seen[i] && reversed(map, i)) {
                    clusters++;
                    flood(map, region, i, seen, stack);
                }
            }
        }
        return clusters;
    }

    private boolean reversed(MagnetizationMap map, int i) {
        return map.mz()[i] * background < 0;
    }

    private void flood(MagnetizationMap map, CellRegion region, int start, boolean[] seen, int[] stack) {
        int top = 0;
        stack[top++] = start;
        seen[start] = true;
        while (top > 0) {
            int i = stack[--top];
            int x = i % map.nx();
            int y = i / map.nx();
            int[][] neighbours = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
            for (int[] n : neighbours) {
                if (region.contains(n[0], n[1])) {
                    int j = map.index(n[0], n[1]);
                    if (!seen[j] && reversed(map, j)) {
                        seen[j] = true;
                        stack[top++] = j;
                    }
                }
            }
        }
    }
}
