package io.spinsim.devices.resistance;

/**
 * Vertical MTJ over a skyrmion synapse whose resistance steps by a fixed amount per skyrmion under it (seed 000
 * Fig. 7e: 5.62 Ohm per skyrmion).
 *
 * @param rEmptyOhm            resistance with no skyrmion
 * @param deltaRPerSkyrmionOhm signed step per skyrmion
 */
public record SkyrmionMtjReadout(double rEmptyOhm, double deltaRPerSkyrmionOhm) {

    public double resistanceOhm(int skyrmions) {
        return rEmptyOhm + skyrmions * deltaRPerSkyrmionOhm;
    }
}
