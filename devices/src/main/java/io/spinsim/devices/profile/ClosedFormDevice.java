package io.spinsim.devices.profile;

import java.util.Map;

/** A device whose conductance levels follow from a closed-form model: what a {@code device-profile} job samples. */
public interface ClosedFormDevice {

    /** Wire name of the device class, e.g. {@code straintronic-mtj}. */
    String deviceClass();

    /** Profile name used when the spec gives none. */
    String defaultName();

    /** Paper and equations the levels come from. */
    String reference();

    /** Conductance levels, strictly increasing. */
    double[] levelsS();

    /** Model quantities worth reporting beside the levels (SI, unit in the key). */
    Map<String, Object> summary();
}
