package io.spinsim.physics.kernel;

import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;
import io.spinsim.jobs.llg.RunControl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chooses the executor for a run and creates the kernel of the requested precision. */
public final class Backends {

    /** System property: {@code false} switches OpenCL shared host memory off (tests, to catch missing puts). */
    public static final String SHARED_MEMORY_PROPERTY = "spinsim.opencl.sharedMemory";

    private Backends() {
    }

    public static FusedKernel kernel(KernelShape shape, RunControl.Precision precision) {
        return precision == RunControl.Precision.FP64 ? new LlgKernel64(shape) : new LlgKernel32(shape);
    }

    /**
     * The kernel specialized for a film of one material (see UniformFilmKernel64; engine.KernelChoice decides):
     * with drives per region (RegionFilmKernel, generated from the same source) where the magnetic cells lie in
     * more than one region.
     */
    public static FusedKernel uniformFilmKernel(KernelShape shape, RunControl.Precision precision,
                                                boolean drivesPerRegion) {
        boolean fp64 = precision == RunControl.Precision.FP64;
        if (drivesPerRegion) {
            return fp64 ? new RegionFilmKernel64(shape) : new RegionFilmKernel32(shape);
        }
        return fp64 ? new UniformFilmKernel64(shape) : new UniformFilmKernel32(shape);
    }

    /**
     * @param backend opencl: the best OpenCL device or an error; java: the plain loop; auto: OpenCL when a device
     *                is present, else Java
     */
    public static KernelExecutor executor(RunControl.Backend backend) {
        if (backend == RunControl.Backend.JAVA) {
            return JavaExecutor.allCores();
        }
        Optional<OpenCLDevice> device = bestOpenClDevice().filter(d -> d.isSharedMemory() || DeviceArrays.pinnable());
        if (device.isPresent()) {
            return new OpenClExecutor(device.get());
        }
        if (backend == RunControl.Backend.OPENCL) {
            throw new IllegalStateException("backend opencl was requested but no usable OpenCL device is available"
                    + " (a device without shared memory also needs the G1 collector, see DeviceArrays)");
        }
        return JavaExecutor.allCores();
    }

    /** A GPU when there is one, else any other OpenCL device (a CPU through PoCL). */
    public static Optional<OpenCLDevice> bestOpenClDevice() {
        List<OpenCLDevice> devices = openClDevices();
        return devices.stream().filter(d -> d.getType() == Device.TYPE.GPU).findFirst()
                .or(() -> devices.stream().findFirst());
    }

    public static List<OpenCLDevice> openClDevices() {
        List<OpenCLDevice> all = new ArrayList<>();
        try {
            all.addAll(OpenCLDevice.listDevices(Device.TYPE.GPU));
            all.addAll(OpenCLDevice.listDevices(Device.TYPE.CPU));
            all.addAll(OpenCLDevice.listDevices(Device.TYPE.ACC));
        } catch (RuntimeException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            return List.of();
        }
        boolean shared = !"false".equals(System.getProperty(SHARED_MEMORY_PROPERTY));
        all.forEach(d -> d.setSharedMemory(shared && d.isSharedMemory()));
        return all;
    }
}
