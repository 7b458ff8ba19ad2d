package io.spinsim.jobs.device;

import io.spinsim.jobs.llg.Layer;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.Material;
import io.spinsim.jobs.llg.Region;
import io.spinsim.jobs.llg.RegionMaterial;
import io.spinsim.jobs.validation.InRange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Device-to-device variation of a synapse characterization with several devices: each simulated device draws its
 * own relative deviation of the anisotropy constant Ku and of the DMI constant D (Gaussian, fixed for all cycles of
 * that device), as film-to-film dispersion of the interface does. Ku gradients are left as given (only the constant
 * part Ku disperses).
 *
 * @param ku_rel_sigma  standard deviation of Ku / Ku_nominal - 1 (default 0)
 * @param dmi_rel_sigma standard deviation of D / D_nominal - 1 (default 0)
 * @param seed          random seed of the per-device draws (default 1): same seed, same devices
 */
public record DeviceVariation(
        @InRange(min = 0, max = 0.3) Double ku_rel_sigma,
        @InRange(min = 0, max = 0.3) Double dmi_rel_sigma,
        Long seed) {

    public DeviceVariation {
        ku_rel_sigma = ku_rel_sigma == null ? 0.0 : ku_rel_sigma;
        dmi_rel_sigma = dmi_rel_sigma == null ? 0.0 : dmi_rel_sigma;
        seed = seed == null ? 1L : seed;
    }

    public static DeviceVariation none() {
        return new DeviceVariation(null, null, null);
    }

    /**
     * One device's scale factors.
     *
     * @param kuFactor  Ku / Ku_nominal
     * @param dmiFactor D / D_nominal
     */
    public record Draw(double kuFactor, double dmiFactor) {
    }

    /** The factors of devices 0 .. count-1, reproducible from the seed (a 3-sigma draw at 0.3 still leaves Ku > 0). */
    public List<Draw> draws(int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Draw> draws = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double zKu = random.nextGaussian();
            double zDmi = random.nextGaussian();
            draws.add(new Draw(1 + ku_rel_sigma * zKu, 1 + dmi_rel_sigma * zDmi));
        }
        return draws;
    }

    /** The device with Ku and D of the film, every layer and every region override scaled by the draw. */
    public static LlgSpec apply(LlgSpec d, Draw draw) {
        List<Layer> layers = d.layers().stream().map(l -> new Layer(l.name(),
                l.material() == null ? null : scaled(l.material(), draw))).toList();
        List<Region> regions = d.regions().stream().map(r -> new Region(r.name(), r.shapes(), r.layers(),
                r.material() == null ? null : scaled(r.material(), draw))).toList();
        return new LlgSpec(d.name(), d.mesh(), scaled(d.material(), draw), layers, d.interlayer(), d.geometry(),
                regions, d.field(), d.currents(), d.demag(), d.thermal(), d.initial(), d.relax(), d.run(),
                d.outputs());
    }

    private static Material scaled(Material m, Draw draw) {
        return new Material(m.ms_A_per_m(), m.a_J_per_m(), m.ku_J_per_m3() * draw.kuFactor(), m.anisotropy_axis(),
                m.alpha(), m.dmi_J_per_m2() * draw.dmiFactor(), m.dku_dx_J_per_m4(), m.dku_dy_J_per_m4(),
                m.ku_origin_m(), m.vcma());
    }

    private static RegionMaterial scaled(RegionMaterial m, Draw draw) {
        return new RegionMaterial(m.ms_A_per_m(), m.a_J_per_m(),
                m.ku_J_per_m3() == null ? null : m.ku_J_per_m3() * draw.kuFactor(), m.anisotropy_axis(), m.alpha(),
                m.dmi_J_per_m2() == null ? null : m.dmi_J_per_m2() * draw.dmiFactor(), m.dku_dx_J_per_m4(),
                m.dku_dy_J_per_m4(), m.vcma());
    }
}
