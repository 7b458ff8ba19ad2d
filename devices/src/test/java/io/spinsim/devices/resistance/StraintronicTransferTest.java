package io.spinsim.devices.resistance;

import io.spinsim.jobs.device.StraintronicMtjModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StraintronicTransferTest {

    private final StraintronicTransfer fig5 = StraintronicTransfer.of(StraintronicMtjModel.fig5());

    @Test
    void gammaAndKappaFollowFromFig5MaterialParameters() {
        // mu0 |Hd| = 4 pi 1e-7 * 1e6/(4 pi) = 0.1 T; mu0 Ms |Hd| t = 0.1 * 8.5e5 * 1e-6 = 0.085 J/m^2
        // 3 lambda_s Y d33 = 3 * 600e-6 * 120e9 * 1.5e-9 = 0.324 C/m^2  ->  Gamma = 0.085/0.324 = 0.2623457 V
        // kappa = -1/(2 * 2000 * 0.2623457) = -9.529412e-4 S/V
        assertThat(fig5.gammaV()).isCloseTo(0.085 / 0.324, within(1e-12));
        assertThat(fig5.kappaSPerV()).isCloseTo(-1 / (2 * 2000 * (0.085 / 0.324)), within(1e-15));
    }

    @Test
    void linearRangeSpansTwoGammaWhenRapIsTwiceRp() {
        // G_P - G_AP = 1e-3 - 5e-4 = 5e-4 S; span = 5e-4/|kappa| = 2 R_AP Gamma (G_P - G_AP) = 2 Gamma for R_AP = 2 R_P
        double span = fig5.linearRangeHighV() - fig5.linearRangeLowV();
        assertThat(span).isCloseTo(2 * fig5.gammaV(), within(1e-12));
        assertThat(fig5.linearRangeHighV()).isEqualTo(fig5.deltaV());
        assertThat(fig5.conductanceS(fig5.deltaV())).isCloseTo(5e-4, within(1e-15));
        assertThat(fig5.conductanceS(fig5.linearRangeLowV())).isCloseTo(1e-3, within(1e-15));
    }

    @Test
    void conductanceSaturatesOutsideTheLinearRange() {
        assertThat(fig5.conductanceS(fig5.deltaV() + 1)).isEqualTo(5e-4);
        assertThat(fig5.conductanceS(fig5.linearRangeLowV() - 1)).isEqualTo(1e-3);
    }

    @Test
    void nuIsSmallForANearlyRoundThinEllipse() {
        // nu = Ms (N_min - N_maj)/|Hd| Gamma with N_min - N_maj = 4.6026e-4 (Osborn integral for semi-axes
        // 400, 350, 1.1 nm, evaluated independently with mpmath.quad): 8.5e5 * 4.6026e-4 / 79577.47 * 0.2623457
        // = 1.28976e-3 V, so delta = Gamma - nu = 0.2610559 V. Tolerance 1e-8 V: the quadrature is good to ~1e-10.
        assertThat(fig5.nuV()).isCloseTo(1.289756e-3, within(1e-8));
        assertThat(fig5.deltaV()).isCloseTo(0.2610559, within(1e-7));
    }
}
