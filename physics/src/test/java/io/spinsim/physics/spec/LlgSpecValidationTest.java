package io.spinsim.physics.spec;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every bad llg spec is refused with a violation that names the JSON field and what is allowed there. */
class LlgSpecValidationTest {

    private static final String BASE = """
            {"mesh": {"nx": 32, "ny": 16, "nz": 2, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
             "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "alpha": 0.3},
             "regions": [{"name": "pad", "shapes": [{"kind": "rectangle", "x_min_m": 0, "x_max_m": 2e-8,
                          "y_min_m": 0, "y_max_m": 3.2e-8}]}],
             "run": {"dt_s": 2e-14, "duration_s": 1e-11}
             /*EXTRA*/}
            """;

    static LlgSpec read(String json) {
        return new SpecReader().read(SpecReader.mapper().readTree(json), LlgSpec.class, "spec");
    }

    /** The base spec with extra top-level fields. */
    static String with(String extra) {
        return BASE.replace("/*EXTRA*/", extra.isEmpty() ? "" : ", " + extra);
    }

    /** The base spec with one piece of text replaced. */
    static String replacing(String from, String to) {
        return BASE.replace("/*EXTRA*/", "").replace(from, to);
    }

    @Test
    void validBaseSpecIsAcceptedWithItsDefaults() {
        LlgSpec spec = read(with(""));
        assertThat(spec.demag().mode().name()).isEqualTo("NONE");
        assertThat(spec.outputs().ovf().name()).isEqualTo("BINARY4");
        assertThat(spec.regions().get(0).name()).isEqualTo("pad");
    }

    private static final String SOURCE = """
            {"kind": "rectangle", "x_min_m": 0, "x_max_m": 2e-9, "y_min_m": 0, "y_max_m": 3.2e-8}""";
    private static final String SINK = """
            {"kind": "rectangle", "x_min_m": 6.2e-8, "x_max_m": 6.4e-8, "y_min_m": 0, "y_max_m": 3.2e-8}""";

    /** The base spec on one plane (a flow needs it) with extra top-level fields. */
    static String flat(String extra) {
        return with(extra).replace("\"nz\": 2", "\"nz\": 1");
    }

    /** A sot current with a flow, extra fields before it. */
    static String flow(String extra, String source, String sink, String width) {
        return """
                "currents": [{"kind": "sot", "j_A_per_m2": 1e11, %s"flow": {"source": %s, "sink": %s,
                  "reference_width_m": %s}}]""".formatted(extra, source, sink, width);
    }

    @Test
    void flowBetweenTheEndsIsAccepted() {
        LlgSpec spec = read(flat(flow("", SOURCE, SINK, "3.2e-8")));
        assertThat(spec.currents().get(0).direction()).isNull();
        assertThat(spec.currents().get(0).flow().reference_width_m()).isEqualTo(3.2e-8);
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                Arguments.of("pulse on unknown region",
                        with("\"field\": {\"pulses\": [{\"region\": \"nowhere\", \"b_T\": [0, 0, 0.1]}]}"),
                        "spec.field.pulses[0].region"),
                Arguments.of("rectangle without x_max_m",
                        with("\"geometry\": {\"include\": [{\"kind\": \"rectangle\", \"x_min_m\": 0, \"y_min_m\": 0, "
                        + "\"y_max_m\": 1e-8}]}"),
                        "spec.geometry.include[0].x_max_m"),
                Arguments.of("disk with a rectangle field",
                        with("\"geometry\": {\"exclude\": [{\"kind\": \"disk\", \"center_m\": [1e-8, 1e-8], "
                        + "\"radius_m\": 2e-9, \"x_min_m\": 0}]}"),
                        "spec.geometry.exclude[0].x_min_m"),
                Arguments.of("polygon with two vertices",
                        with("\"geometry\": {\"include\": [{\"kind\": \"polygon\", "
                        + "\"vertices_m\": [[0, 0], [1e-8, 0]]}]}"),
                        "spec.geometry.include[0].vertices_m"),
                Arguments.of("empty rectangle",
                        with("\"geometry\": {\"include\": [{\"kind\": \"rectangle\", \"x_min_m\": 1e-8, \"x_max_m\": 0, "
                        + "\"y_min_m\": 0, \"y_max_m\": 1e-8}]}"),
                        "spec.geometry.include[0]"),
                Arguments.of("three layers for two planes",
                        with("\"layers\": [{}, {}, {}]"),
                        "spec.layers"),
                Arguments.of("interlayer above the top plane",
                        with("\"interlayer\": [{\"lower_layer\": 1, \"sigma_J_per_m2\": -6e-3}]"),
                        "spec.interlayer[0].lower_layer"),
                Arguments.of("interlayer sigma out of range",
                        with("\"interlayer\": [{\"lower_layer\": 0, \"sigma_J_per_m2\": -6}]"),
                        "spec.interlayer[0].sigma_J_per_m2"),
                Arguments.of("thermal field with rk45",
                        replacing("\"run\": {\"dt_s\"", "\"thermal\": {\"temperature_K\": 300}, "
                        + "\"run\": {\"integrator\": \"rk45\", \"dt_s\""),
                        "spec.run.integrator"),
                Arguments.of("stt_cpp without polarization direction",
                        with("\"currents\": [{\"kind\": \"stt_cpp\", \"j_A_per_m2\": 3e11}]"),
                        "spec.currents[0].p"),
                Arguments.of("sot with a stt polarization",
                        with("\"currents\": [{\"kind\": \"sot\", \"j_A_per_m2\": 3e11, \"p\": [0, 1, 0]}]"),
                        "spec.currents[0].p"),
                Arguments.of("sot current along the normal",
                        with("\"currents\": [{\"kind\": \"sot\", \"j_A_per_m2\": 3e11, \"direction\": [0, 0, 1]}]"),
                        "spec.currents[0].direction"),
                Arguments.of("current on a missing plane",
                        with("\"currents\": [{\"kind\": \"sot\", \"j_A_per_m2\": 3e11, \"layers\": [2]}]"),
                        "spec.currents[0].layers[0]"),
                Arguments.of("pulse train wider than its period",
                        with("\"currents\": [{\"kind\": \"sot\", \"j_A_per_m2\": 3e11, "
                        + "\"profile\": {\"width_s\": 2e-9, \"period_s\": 1e-9}}]"),
                        "spec.currents[0].profile.width_s"),
                Arguments.of("fft demag with periodic boundaries",
                        replacing("\"dz_m\": 1e-9}", "\"dz_m\": 1e-9, \"pbc_x\": true}, "
                        + "\"demag\": {\"mode\": \"fft\"}"),
                        "spec.demag.mode"),
                Arguments.of("unknown relax method",
                        with("\"relax\": {\"method\": \"annealing\"}"),
                        "spec.relax.method"),
                Arguments.of("skyrmion on a missing plane",
                        with("\"initial\": {\"skyrmions\": [{\"center_m\": [1e-8, 1e-8], \"radius_m\": 5e-9, "
                        + "\"layers\": [5]}]}"),
                        "spec.initial.skyrmions[0].layers[0]"),
                Arguments.of("layer directions for the wrong number of planes",
                        with("\"initial\": {\"layer_directions\": [[0, 0, 1]]}"),
                        "spec.initial.layer_directions"),
                Arguments.of("too many snapshots",
                        with("\"outputs\": {\"snapshot_interval_s\": 1e-15}"),
                        "spec.outputs.snapshot_interval_s"),
                Arguments.of("too much work for one job",
                        replacing("\"nx\": 32, \"ny\": 16,", "\"nx\": 2048, \"ny\": 1024,")
                        .replace("\"duration_s\": 1e-11", "\"duration_s\": 1e-7"),
                        "spec.run.duration_s"),
                Arguments.of("VCMA coefficient out of range",
                        with("\"layers\": [{\"material\": {\"ms_A_per_m\": 5.8e5, \"a_J_per_m\": 1.5e-11, "
                        + "\"alpha\": 0.3, \"vcma\": {\"xi_J_per_V_m\": 1, \"e_field_V_per_m\": 1e9}}}, {}]"),
                        "spec.layers[0].material.vcma.xi_J_per_V_m"),
                Arguments.of("flow with a direction", with(flow("\"direction\": [1, 0, 0], ", SOURCE, SINK, "3.2e-8")),
                        "spec.currents[0].direction"),
                Arguments.of("flow with an in-plane normal",
                        with(flow("\"normal\": [1, 0, 0], ", SOURCE, SINK, "3.2e-8")), "spec.currents[0].normal"),
                Arguments.of("flow whose source misses the film", flat(flow("", """
                        {"kind": "rectangle", "x_min_m": 1e-7, "x_max_m": 2e-7, "y_min_m": 0, "y_max_m": 3.2e-8}""",
                        SINK, "3.2e-8")), "spec.currents[0].flow.source"),
                Arguments.of("flow whose sink overlaps the source", flat(flow("", SOURCE, SOURCE, "3.2e-8")),
                        "spec.currents[0].flow.sink"),
                Arguments.of("flow without a reference width", flat(flow("", SOURCE, SINK, "null")),
                        "spec.currents[0].flow.reference_width_m"),
                Arguments.of("flow on two planes", with(flow("", SOURCE, SINK, "3.2e-8")), "spec.currents[0].flow"),
                Arguments.of("flow with the adaptive integrator",
                        flat(flow("", SOURCE, SINK, "3.2e-8")).replace("\"dt_s\"", "\"integrator\": \"rk45\", \"dt_s\""),
                        "spec.currents[0].flow"),
                Arguments.of("flow whose sink the film does not reach", flat(flow("", SOURCE, SINK, "3.2e-8")
                        + ", \"geometry\": {\"include\": [" + SOURCE.replace("2e-9", "2e-8") + ", "
                        + SINK.replace("6.2e-8", "4e-8") + "]}"), "spec.currents[0].flow.sink"),
                Arguments.of("flow of a cpp current", with("""
                        "currents": [{"kind": "stt_cpp", "j_A_per_m2": 1e11, "p": [0, 0, 1],
                          "flow": {"source": %s, "sink": %s, "reference_width_m": 3.2e-8}}]""".formatted(SOURCE, SINK)),
                        "spec.currents[0].flow"),
                Arguments.of("region name with a space",
                        replacing("\"name\": \"pad\"", "\"name\": \"left pad\""),
                        "spec.regions[0].name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void badSpecNamesTheFieldAndWhatIsAllowed(String label, String json, String field) {
        InvalidSpecException e = catchThrowableOfType(() -> read(json), InvalidSpecException.class);
        assertThat(e).as(label).isNotNull();
        assertThat(e.violations()).extracting(FieldViolation::field).contains(field);
        FieldViolation v = e.violations().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
        assertThat(v.allowed()).as("allowed range of %s", field).isNotBlank();
    }
}
