package io.spinsim.devices.characterization;

import io.spinsim.jobs.profile.ConductanceLevel;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.Nonlinearity;
import io.spinsim.jobs.profile.ProfileSource;
import io.spinsim.jobs.profile.ReadConditions;
import io.spinsim.jobs.profile.UpdateCost;
import io.spinsim.jobs.profile.UpdateCurve;
import io.spinsim.jobs.profile.UpdateCurves;

import java.util.Arrays;
import java.util.List;

/** A schema v2 device profile from a synapse characterization: distinct levels, update curves, metrics, cost. */
public final class ProfileFromCharacterization {

    private ProfileFromCharacterization() {
    }

    public static DeviceProfile profile(String name, String deviceClass, ProfileSource source, SynapseMetrics m,
                                        PulseProtocol pulses, UpdateCost cost, ReadConditions read) {
        List<ConductanceLevel> levels = m.distinct().stream()
                .map(l -> new ConductanceLevel(l.meanS(), l.sigmaD2dS(), l.sigmaC2cS())).toList();
        UpdateCurves curves = new UpdateCurves(curve(m.ltpCurveS(), pulses), curve(m.ltdCurveS(), pulses));
        // NeuroSim labels a saturating depression negative
        Nonlinearity nl = new Nonlinearity(finite(m.ltp().nonlinearity().label()),
                finite(-m.ltd().nonlinearity().label()), finite(m.ltp().r2()), finite(m.ltd().r2()),
                finite(m.asymmetry()));
        return new DeviceProfile(DeviceProfile.SCHEMA_V2, name, deviceClass, source, levels, curves, nl, cost, read);
    }

    private static UpdateCurve curve(double[] g, PulseProtocol pulses) {
        return g.length < 2 ? null : new UpdateCurve(Arrays.stream(g).boxed().toList(), pulses.widthS(),
                pulses.periodS());
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
