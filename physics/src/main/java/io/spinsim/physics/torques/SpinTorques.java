package io.spinsim.physics.torques;

/** Shared by the spin torques: adds the damping-like vector and its field-like share, scaled by the waveform. */
final class SpinTorques {

    private SpinTorques() {
    }

    static void add(double on, double[] dampingLike, double xi, double[] pDl, double[] pFl) {
        if (on == 0) {
            return;
        }
        for (int i = 0; i < dampingLike.length; i++) {
            pDl[i] += on * dampingLike[i];
            pFl[i] += on * xi * dampingLike[i];
        }
    }
}
