package io.spinsim.neural.crossbar;

import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;

import java.util.Optional;

/**
 * The OpenCL device kernels run on: a GPU when there is one, else the first other OpenCL device (PoCL on CPU).
 * System property {@code spinsim.opencl.sharedMemory=false} turns off host-shared buffers so that a missing
 * explicit put or get shows up on a CPU device as it would on a GPU.
 */
public final class OpenClDevices {

    private OpenClDevices() {
    }

    public static Optional<OpenCLDevice> first() {
        try {
            Device best = Device.best();
            if (!(best instanceof OpenCLDevice device)) {
                return Optional.empty();
            }
            device.setSharedMemory(Boolean.parseBoolean(System.getProperty("spinsim.opencl.sharedMemory", "true")));
            return Optional.of(device);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return Optional.empty();
        }
    }
}
