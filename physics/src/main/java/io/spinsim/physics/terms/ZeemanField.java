package io.spinsim.physics.terms;

import io.spinsim.physics.engine.Drive;
import io.spinsim.physics.engine.Waveform;

/**
 * Applied field, energy density -Ms m . B (seed 000 eq.5): a flux density B (T) on a set of regions with a time
 * profile (constant, single pulse or pulse train). The uniform field of a run is one ZeemanField on every region,
 * the only one that also acts while relaxing.
 */
public final class ZeemanField implements Drive {

    private final boolean[] regions;
    private final double[] bT;
    private final Waveform waveform;
    private final boolean whileRelaxing;

    /**
     * @param regions       which region table entries it acts on
     * @param bT            flux density {x, y, z} while on, T
     * @param waveform      time profile
     * @param whileRelaxing whether it also acts during relaxation (the spec's uniform field b_T)
     */
    public ZeemanField(boolean[] regions, double[] bT, Waveform waveform, boolean whileRelaxing) {
        this.regions = regions.clone();
        this.bT = bT.clone();
        this.waveform = waveform;
        this.whileRelaxing = whileRelaxing;
    }

    @Override
    public void addTo(double t, double[] bExt, double[] pDl, double[] pFl) {
        double on = waveform.value(t);
        if (on == 0) {
            return;
        }
        for (int r = 0; r < regions.length; r++) {
            if (regions[r]) {
                for (int c = 0; c < 3; c++) {
                    bExt[3 * r + c] += on * bT[c];
                }
            }
        }
    }

    @Override
    public boolean timeDependent() {
        return !waveform.constant();
    }

    @Override
    public boolean activeWhileRelaxing() {
        return whileRelaxing;
    }
}
