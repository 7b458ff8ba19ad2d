package io.spinsim.devices.resistance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EllipsoidDemagFactorsTest {

    @Test
    void sphereHasOneThirdAlongEveryAxis() {
        EllipsoidDemagFactors n = EllipsoidDemagFactors.of(5e-9, 5e-9, 5e-9);
        assertThat(n.nA()).isCloseTo(1.0 / 3, within(1e-10));
        assertThat(n.nC()).isCloseTo(1.0 / 3, within(1e-10));
    }

    @Test
    void prolateSpheroidMatchesClosedForm() {
        // a = 2b = 2c: N_a = 1/(m^2 - 1) [m/sqrt(m^2 - 1) ln(m + sqrt(m^2 - 1)) - 1] with m = 2
        //            = (1/3) [2/1.7320508 * ln(3.7320508) - 1] = (1/3) [1.5207159 - 1] = 0.1735640
        EllipsoidDemagFactors n = EllipsoidDemagFactors.of(2, 1, 1);
        assertThat(n.nA()).isCloseTo(0.1735640, within(1e-7));
        assertThat(n.nB()).isCloseTo((1 - 0.1735640) / 2, within(1e-7));
    }

    @Test
    void thinEllipseFactorsSumToOneAndOrderByAxisLength() {
        EllipsoidDemagFactors n = EllipsoidDemagFactors.of(400e-9, 350e-9, 1.1e-9);
        assertThat(n.nA() + n.nB() + n.nC()).isCloseTo(1, within(1e-9));
        // values from an independent mpmath quadrature of the same integral
        assertThat(n.nA()).isCloseTo(2.0778710e-3, within(1e-9));
        assertThat(n.nB()).isCloseTo(2.5381327e-3, within(1e-9));
    }
}
