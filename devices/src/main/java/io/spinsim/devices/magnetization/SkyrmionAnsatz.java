package io.spinsim.devices.magnetization;

/**
 * Neel skyrmions drawn into a uniform background from the 360-degree domain-wall profile
 * theta(r) = 2 atan(sinh(R/w) / sinh(r/w)) (Romming et al., PRL 114, 177203 (2015), eq. 1): core antiparallel to
 * the background, magnetization radial in the wall.
 *
 * @param radiusM    R, where m_z crosses zero
 * @param wallWidthM w, the wall width parameter
 */
public record SkyrmionAnsatz(double radiusM, double wallWidthM) {

    /** Beyond R + 30 w the profile deviates from the background by less than 1e-25: cells there are left alone. */
    private static final double TAIL_WIDTHS = 30;

    /** Polar angle from the core axis at distance r from the centre. */
    public double theta(double rM) {
        if (rM == 0) {
            return Math.PI;
        }
        // sinh(R/w) / sinh(r/w) written so that neither sinh overflows for R, r >> w
        double ratio = Math.exp((radiusM - rM) / wallWidthM) * Math.expm1(-2 * radiusM / wallWidthM)
                / Math.expm1(-2 * rM / wallWidthM);
        return 2 * Math.atan(ratio);
    }

    /**
     * Writes one skyrmion centred at (cx, cy) metres into a map with background m_z = background (+1 or -1), so
     * that m_z = background cos(theta); skyrmions superpose by their deviation from the background, which is exact
     * while they do not overlap.
     */
    public void drawInto(MagnetizationMap map, double cxM, double cyM, int background) {
        double reach = radiusM + TAIL_WIDTHS * wallWidthM;
        int xLo = Math.max(0, (int) Math.floor((cxM - reach) / map.dxM()));
        int xHi = Math.min(map.nx(), (int) Math.ceil((cxM + reach) / map.dxM()));
        int yLo = Math.max(0, (int) Math.floor((cyM - reach) / map.dyM()));
        int yHi = Math.min(map.ny(), (int) Math.ceil((cyM + reach) / map.dyM()));
        for (int y = yLo; y < yHi; y++) {
            for (int x = xLo; x < xHi; x++) {
                double ex = (x + 0.5) * map.dxM() - cxM;
                double ey = (y + 0.5) * map.dyM() - cyM;
                double r = Math.hypot(ex, ey);
                double t = theta(r);
                int i = map.index(x, y);
                double radial = r == 0 ? 0 : Math.sin(t) / r;
                map.mx()[i] += radial * ex;
                map.my()[i] += radial * ey;
                map.mz()[i] += background * (Math.cos(t) - 1);
            }
        }
    }
}
