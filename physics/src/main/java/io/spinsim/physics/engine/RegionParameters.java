package io.spinsim.physics.engine;

/**
 * Material of one region of the region table (region 0 is vacuum), SI units.
 *
 * @param ms      saturation magnetization, A/m (0: vacuum)
 * @param alpha   Gilbert damping
 * @param a       exchange stiffness, J/m
 * @param d       interfacial DMI, J/m^2
 * @param ku      uniaxial anisotropy at the grid origin (gradient, origin and VCMA folded in), J/m^3
 * @param kuGradX dKu/dx, J/m^4
 * @param kuGradY dKu/dy, J/m^4
 * @param axis    normalized easy axis {x, y, z}
 */
public record RegionParameters(double ms, double alpha, double a, double d, double ku, double kuGradX, double kuGradY,
                               double[] axis) {

    public static final RegionParameters VACUUM = new RegionParameters(0, 0, 0, 0, 0, 0, 0, new double[]{0, 0, 1});

    public boolean magnetic() {
        return ms > 0;
    }
}
