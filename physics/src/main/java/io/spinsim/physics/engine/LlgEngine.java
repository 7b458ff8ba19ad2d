package io.spinsim.physics.engine;

import com.aparapi.device.Device;
import io.spinsim.physics.PhysicalConstants;
import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.kernel.KernelExecutor;
import io.spinsim.physics.kernel.DemagFftConvolution;
import io.spinsim.physics.kernel.OpenClExecutor;
import io.spinsim.physics.kernel.RangeLauncher;
import io.spinsim.physics.terms.DemagConvolution;
import io.spinsim.physics.terms.DemagField;
import io.spinsim.physics.terms.FilmDemagFft;
import io.spinsim.physics.terms.ThermalField;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Host driver of the fused kernel: owns the state slots, the time, the drives and the host-side terms (FFT demag,
 * thermal noise), and offers the stage primitives the Runge-Kutta steppers are built from. It knows no
 * integrator and no output.
 */
public final class LlgEngine implements AutoCloseable {

    private final EngineSetup setup;
    private final FusedKernel kernel;
    private final KernelExecutor executor;
    private final int nr;
    private final double[] bExt;
    private final double[] pDl;
    private final double[] pFl;
    private final boolean dynamicDrives;
    private final DemagConvolution demag;
    private final ThermalField thermal;
    private final double[] scratchM;
    private final double[] scratchB;
    /** fp32 kernels hand the state to the FFT demag and take its field back in single precision. */
    private final float[] scratchMf;
    private final float[] scratchBf;
    private int current;
    private boolean relaxing;
    private double time;
    private long evaluations;
    private double drivesAt = Double.NaN;

    public LlgEngine(EngineSetup setup, FusedKernel kernel, KernelExecutor executor) {
        this.setup = setup;
        this.kernel = kernel;
        this.executor = executor;
        executor.attach(kernel);
        List<RegionParameters> regions = setup.regions();
        nr = regions.size();
        bExt = new double[3 * nr];
        pDl = new double[3 * nr];
        pFl = new double[3 * nr];
        dynamicDrives = setup.drives().stream().anyMatch(Drive::timeDependent);
        kernel.putRegions(setup.regionOfCell(), setup.interlayer().modes(), tables(setup));
        int n = setup.grid().cells();
        boolean fft = setup.demagMode() == FusedKernel.DEMAG_FFT;
        demag = fft ? demag(setup, kernel, executor) : null;
        thermal = setup.temperatureK() > 0 ? new ThermalField(setup.msOfCell(), setup.alphaOfCell(),
                setup.grid().cellVolume(), setup.temperatureK(), setup.thermalSeed()) : null;
        boolean fftInSingle = fft && !kernel.doublePrecision();
        scratchM = fft && !fftInSingle ? new double[3 * n] : null;
        scratchB = (fft && !fftInSingle) || thermal != null ? new double[3 * n] : null;
        scratchMf = fftInSingle ? new float[3 * n] : null;
        scratchBf = fftInSingle ? new float[3 * n] : null;
        kernel.setModes(setup.demagMode(), thermal != null, true, false);
    }

    /** The setup's per-region parameters as the kernels' tables. */
    static FusedKernel.Tables tables(EngineSetup setup) {
        List<RegionParameters> regions = setup.regions();
        int nr = regions.size();
        double[] ms = new double[nr];
        double[] alpha = new double[nr];
        double[] ku = new double[nr];
        double[] gx = new double[nr];
        double[] gy = new double[nr];
        double[] axis = new double[3 * nr];
        for (int r = 0; r < nr; r++) {
            RegionParameters p = regions.get(r);
            ms[r] = p.ms();
            alpha[r] = p.alpha();
            ku[r] = p.ku();
            gx[r] = p.kuGradX();
            gy[r] = p.kuGradY();
            System.arraycopy(p.axis(), 0, axis, 3 * r, 3);
        }
        return new FusedKernel.Tables(ms, alpha, ku, gx, gy, axis,
                regions.stream().mapToDouble(RegionParameters::a).toArray(),
                regions.stream().mapToDouble(RegionParameters::d).toArray(), setup.interlayer().sigma());
    }

    public Grid grid() {
        return setup.grid();
    }

    public EngineSetup setup() {
        return setup;
    }

    public double time() {
        return time;
    }

    public void setTime(double t) {
        time = t;
    }

    /** Effective-field evaluations so far (one per cell per stage). */
    public long evaluations() {
        return evaluations;
    }

    public String backend() {
        return executor.description() + (kernel.doublePrecision() ? ", fp64" : ", fp32")
                + "; kernel: " + kernel.getClass().getSimpleName()
                + (demag != null ? "; demag: " + demag.description() : "");
    }

    /**
     * System property: {@code true} runs the FFT demag of an OpenCL run of a single-layer film on its device,
     * {@code false} on the host; unset, a GPU (or other non-CPU device) takes the device FFT and a CPU device the
     * host (measured on PoCL: physics/README.md).
     */
    public static final String DEVICE_DEMAG_PROPERTY = "spinsim.demag.device";

    /**
     * The FFT demag: fp32 single-layer films on the host SIMD film convolution (FilmDemagFft) on a CPU, on the
     * device FFT on a GPU; fp64, multilayer grids and a JVM without the vector API take the fp64 host DemagField
     * (or the device FFT on OpenCL).
     */
    private static DemagConvolution demag(EngineSetup setup, FusedKernel kernel, KernelExecutor executor) {
        String choice = System.getProperty(DEVICE_DEMAG_PROPERTY);
        OpenClExecutor opencl = executor instanceof OpenClExecutor o ? o : null;
        boolean onCpu = opencl == null || opencl.device().getType() == Device.TYPE.CPU;
        boolean hostSimd = !kernel.doublePrecision() && FilmDemagFft.usable(setup.grid());
        if (hostSimd && (opencl == null || (choice == null ? onCpu : "false".equals(choice)))) {
            return new FilmDemagFft(setup.grid(), setup.msOfCell());
        }
        if (opencl != null && !"false".equals(choice) && DemagField.singleLayerFilm(setup.grid())) {
            return new DemagFftConvolution(setup.grid(), setup.msOfCell(), RangeLauncher.openCl(opencl.device()),
                    kernel.doublePrecision());
        }
        return new DemagField(setup.grid(), setup.msOfCell());
    }

    public int currentSlot() {
        return current;
    }

    /** Sets the state; vacuum cells are zeroed and magnetic cells normalized. */
    public void setMagnetization(double[] m) {
        int n = grid().cells();
        double[] v = m.clone();
        for (int i = 0; i < n; i++) {
            double norm = Math.sqrt(v[i] * v[i] + v[n + i] * v[n + i] + v[2 * n + i] * v[2 * n + i]);
            double scale = setup.regionOfCell()[i] == 0 || norm == 0 ? 0 : 1 / norm;
            for (int c = 0; c < 3; c++) {
                v[c * n + i] *= scale;
            }
        }
        kernel.putState(current, v);
    }

    /** Copy of the current unit magnetization, structure of arrays: mx of all cells, then my, then mz. */
    public double[] magnetization() {
        double[] m = new double[3 * grid().cells()];
        kernel.getState(current, m);
        return m;
    }

    public void useTableau(double[] a, double[] b, double[] e, int stages, boolean adaptive) {
        kernel.putTableau(a, b, e, stages, adaptive);
    }

    /**
     * Relaxation mode: damping-only torque at unit rate, no thermal field, only the drives active while relaxing
     * (the uniform applied field; pulses and currents are off).
     */
    public void setRelaxing(boolean relaxing) {
        this.relaxing = relaxing;
        drivesAt = Double.NaN;
        kernel.setModes(setup.demagMode(), thermal != null && !relaxing, !relaxing, relaxing);
    }

    /**
     * Relaxation mode only: the descent direction d = B - m (m . B) = -m x (m x B) per cell at the current state
     * (3 n, T), from the damping-only torque -gamma m x (m x B) of a stage-0 evaluation.
     */
    public double[] descentDirection() {
        if (!relaxing) {
            throw new IllegalStateException("the descent direction is evaluated in relaxation mode only");
        }
        stage(0, time, current, (current + 1) % 3, 0);
        double[] d = new double[3 * grid().cells()];
        kernel.getStageTorque(0, d);
        for (int i = 0; i < d.length; i++) {
            d[i] /= PhysicalConstants.GAMMA;
        }
        return d;
    }

    /** Largest |m x B_eff| over the cells at the current state (relaxation mode only), T. */
    public double maxTorqueT() {
        if (!relaxing) {
            throw new IllegalStateException("the torque is tracked in relaxation mode only");
        }
        stage(0, time, current, (current + 1) % 3, 0);
        return kernel.maxError() / PhysicalConstants.GAMMA;
    }

    /** Draws the thermal field for a step of dt (no-op without temperature). */
    public void beginStep(double dt) {
        if (thermal != null) {
            thermal.generate(dt, scratchB);
            kernel.putThermalField(scratchB);
        }
    }

    /** Torque of stage s evaluated at slot src and time t; writes the next stage state into dst. */
    public void stage(int s, double t, int src, int dst, double dt) {
        prepareFields(t, src);
        kernel.setStage(s, src, dst, current, dt);
        executor.execute(kernel);
        evaluations += grid().cells();
    }

    /** Last stage of a step without error estimate: its torque at src and time t, then the step into dst. */
    public void finalStage(int s, double t, int src, int dst, double dt) {
        prepareFields(t, src);
        kernel.setFinalStage(s, src, dst, current, dt);
        executor.execute(kernel);
        evaluations += grid().cells();
    }

    /** Combines the stage torques into slot dst (and the per-cell error estimate). */
    public void combine(int dst, double dt) {
        kernel.setCombine(dst, current, dt);
        executor.execute(kernel);
    }

    /** Largest per-cell error of the last combine, or torque of the last tracked stage 0 (rad/s). */
    public double maxError() {
        return kernel.maxError();
    }

    public void accept(int slot, double dt) {
        current = slot;
        time += dt;
    }

    public Energies energies() {
        prepareFields(time, current);
        kernel.setEnergy(current);
        executor.execute(kernel);
        int n = grid().cells();
        double[] density = new double[FusedKernel.ENERGY_TERMS * n];
        kernel.getEnergyDensities(density);
        Map<EnergyTerm, Double> byTerm = new EnumMap<>(EnergyTerm.class);
        double volume = grid().cellVolume();
        for (EnergyTerm term : EnergyTerm.values()) {
            double sum = 0;
            for (int i = term.ordinal() * n; i < (term.ordinal() + 1) * n; i++) {
                sum += density[i];
            }
            byTerm.put(term, sum * volume);
        }
        return new Energies(byTerm);
    }

    private void prepareFields(double t, int src) {
        if ((dynamicDrives && !relaxing) || Double.isNaN(drivesAt)) {
            Arrays.fill(bExt, 0);
            Arrays.fill(pDl, 0);
            Arrays.fill(pFl, 0);
            for (Drive d : setup.drives()) {
                if (!relaxing || d.activeWhileRelaxing()) {
                    d.addTo(t, bExt, pDl, pFl);
                }
            }
            kernel.putDrives(bExt, pDl, pFl);
            drivesAt = t;
        }
        if (demag != null && scratchMf != null) {
            kernel.getState(src, scratchMf);
            demag.field(scratchMf, scratchBf);
            kernel.putDemagField(scratchBf);
        } else if (demag != null) {
            kernel.getState(src, scratchM);
            demag.field(scratchM, scratchB);
            kernel.putDemagField(scratchB);
        }
    }

    @Override
    public void close() {
        if (demag != null) {
            demag.close();
        }
        executor.close();
    }
}
