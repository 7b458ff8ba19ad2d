package io.spinsim.physics.kernel;

import com.aparapi.Kernel;
import com.aparapi.Range;
import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Launches the fused kernel through Aparapi on one OpenCL device with explicit buffer management (the kernel
 * puts and gets its own arrays). Aparapi silently falls back to a Java thread pool when a kernel does not
 * translate; this executor refuses that: after every launch it checks the kernel ran on this OpenCL device.
 */
public final class OpenClExecutor implements KernelExecutor {

    /** System property: work-group size. */
    public static final String LOCAL_SIZE_PROPERTY = "spinsim.opencl.localSize";
    /**
     * PoCL's CPU driver pays a scheduling cost per work-group: measured on the uniform-film STAGE launch at 512^2,
     * 80 ns of CPU per cell with 64 items per group, 28 with 256, 23 with 1024, 47 with 4096.
     */
    private static final int LOCAL_SIZE = Integer.getInteger(LOCAL_SIZE_PROPERTY, 1024);

    private static final System.Logger LOG = System.getLogger(OpenClExecutor.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final OpenCLDevice device;
    private Kernel attached;

    public OpenClExecutor(OpenCLDevice device) {
        this.device = device;
        SignalChaining.warningFor(device.getOpenCLPlatform().getName()).filter(w -> !WARNED.getAndSet(true))
                .ifPresent(w -> LOG.log(System.Logger.Level.WARNING, w));
    }

    /** Work-group size limit of this executor on its device. */
    public int maxWorkGroup() {
        return Math.min(LOCAL_SIZE, device.getMaxWorkGroupSize());
    }

    public OpenCLDevice device() {
        return device;
    }

    @Override
    public void attach(FusedKernel kernel) {
        attached = kernel.aparapiKernel();
        attached.setExplicit(true);
    }

    @Override
    public void execute(FusedKernel kernel) {
        Kernel k = kernel.aparapiKernel();
        int max = maxWorkGroup();
        int local = kernel.exactRange() ? KernelShape.exactWorkGroup(kernel.cells(), max)
                : Math.min(max, Integer.highestOneBit(kernel.cells()));
        int global = (kernel.cells() + local - 1) / local * local;
        Range range = device.createRange(global, local);
        k.execute(range);
        requireRanOn(device, k, "the LLG kernel");
    }

    /** Aparapi falls back silently when a kernel does not translate: refuses any launch that did not run on device. */
    static void requireRanOn(OpenCLDevice device, Kernel kernel, String what) {
        Device ran = kernel.getTargetDevice();
        if (!(ran instanceof OpenCLDevice) || ((OpenCLDevice) ran).getDeviceId() != device.getDeviceId()) {
            throw new IllegalStateException(what + " did not run on OpenCL device " + device.getShortDescription()
                    + " (Aparapi fell back to " + ran + ")");
        }
    }

    @Override
    public String description() {
        return "opencl: " + device.getName().trim() + " (" + device.getOpenCLPlatform().getName().trim() + ")";
    }

    @Override
    public boolean openCl() {
        return true;
    }

    @Override
    public void close() {
        if (attached != null) {
            attached.dispose();
            attached = null;
        }
    }
}
