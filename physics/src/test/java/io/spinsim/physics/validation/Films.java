package io.spinsim.physics.validation;

import io.spinsim.jobs.llg.RunControl;
import io.spinsim.physics.engine.Drive;
import io.spinsim.physics.engine.EngineSetup;
import io.spinsim.physics.engine.KernelChoice;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.engine.RegionParameters;
import io.spinsim.physics.engine.Waveform;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.kernel.JavaExecutor;
import io.spinsim.physics.kernel.KernelExecutor;
import io.spinsim.physics.terms.InterlayerExchangeField;
import io.spinsim.physics.terms.ZeemanField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds engines for uniform single-material bodies directly (validation tests that need no spec). */
final class Films {

    private Films() {
    }

    static RegionParameters material(double ms, double alpha, double a, double d, double ku) {
        return new RegionParameters(ms, alpha, a, d, ku, 0, 0, new double[]{0, 0, 1});
    }

    static EngineSetup uniform(Grid grid, RegionParameters material, double[] bT, int demagMode,
                               List<Drive> extraDrives) {
        int[] regionOfCell = new int[grid.cells()];
        Arrays.fill(regionOfCell, 1);
        List<Drive> drives = new ArrayList<>(extraDrives);
        drives.add(new ZeemanField(new boolean[]{false, true}, bT, Waveform.ALWAYS, true));
        return new EngineSetup(grid, regionOfCell, List.of(RegionParameters.VACUUM, material),
                InterlayerExchangeField.bulk(grid.nz()), drives, demagMode, 0, 1);
    }

    /** @param fixedStepOnly the engine runs Heun or RK4 only (see KernelChoice) */
    static LlgEngine engine(EngineSetup setup, RunControl.Precision precision, KernelExecutor executor,
                            boolean fixedStepOnly) {
        return new LlgEngine(setup, KernelChoice.kernel(setup, precision, fixedStepOnly), executor);
    }

    static LlgEngine javaEngine(EngineSetup setup, RunControl.Precision precision, boolean fixedStepOnly) {
        return engine(setup, precision, JavaExecutor.allCores(), fixedStepOnly);
    }

    /** A uniform state along (x, y, z) for every cell, structure of arrays. */
    static double[] uniformState(int cells, double x, double y, double z) {
        double[] m = new double[3 * cells];
        Arrays.fill(m, 0, cells, x);
        Arrays.fill(m, cells, 2 * cells, y);
        Arrays.fill(m, 2 * cells, 3 * cells, z);
        return m;
    }
}
