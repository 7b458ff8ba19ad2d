package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** Spec of an {@code llg} job: a micromagnetic run of a thin film. All values SI, unit in the field name. */
public record LlgSpec(
        @Size(max = 200) String name,
        @NotNull @Valid Mesh mesh,
        @NotNull @Valid Material material,
        @Valid ExternalField field,
        @Valid InitialState initial,
        @NotNull @Valid RunControl run,
        @Valid Outputs outputs) implements CrossFieldChecked {

    public LlgSpec {
        name = name == null ? "llg" : name;
        field = field == null ? new ExternalField(null) : field;
        initial = initial == null ? InitialState.uniformZ() : initial;
        outputs = outputs == null ? new Outputs(null, null) : outputs;
    }

    /** Table interval actually used: the given one, or a hundredth of the run. */
    public double tableIntervalS() {
        return outputs.table_interval_s() != null ? outputs.table_interval_s() : run.duration_s() / 100;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        if (mesh.cells() > Mesh.MAX_CELLS) {
            v.add(new FieldViolation(path + ".mesh", "nx*ny*nz = " + mesh.cells() + " cells is too many",
                    "at most " + Mesh.MAX_CELLS + " cells"));
        }
        if (run.steps() > RunControl.MAX_STEPS) {
            v.add(new FieldViolation(path + ".run.duration_s", "duration_s/dt_s = " + run.steps() + " steps is too many",
                    "at most " + RunControl.MAX_STEPS + " steps"));
        }
        if (run.duration_s() / tableIntervalS() > Outputs.MAX_ROWS) {
            v.add(new FieldViolation(path + ".outputs.table_interval_s", "gives too many table rows",
                    "at least duration_s/" + Outputs.MAX_ROWS));
        }
        if (field.b_T().norm() > ExternalField.MAX_B_T) {
            v.add(new FieldViolation(path + ".field.b_T", "|B| is too large", "|B| <= " + ExternalField.MAX_B_T + " T"));
        }
        if (material.anisotropy_axis().norm() == 0) {
            v.add(new FieldViolation(path + ".material.anisotropy_axis", "must not be the zero vector", "|axis| > 0"));
        }
        if (initial.direction().norm() == 0) {
            v.add(new FieldViolation(path + ".initial.direction", "must not be the zero vector", "|m| > 0"));
        }
        return v;
    }
}
