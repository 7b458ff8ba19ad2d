package io.spinsim.physics.engine;

/** Energy terms in the order the kernel writes their densities; the column names carry the unit. */
public enum EnergyTerm {
    EXCHANGE("E_exchange_J"),
    DMI("E_dmi_J"),
    ANISOTROPY("E_anisotropy_J"),
    ZEEMAN("E_zeeman_J"),
    DEMAG("E_demag_J"),
    INTERLAYER("E_interlayer_J");

    private final String column;

    EnergyTerm(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
