package io.spinsim.physics.kernel;

import com.aparapi.Kernel;
import com.aparapi.Range;
import com.aparapi.device.OpenCLDevice;

import java.util.stream.IntStream;

/** Runs one launch of a multi-phase kernel over an exact 2-D global range (lx divides gx; groups lx x 1). */
public interface RangeLauncher {

    void launch(Kernel kernel, int gx, int gy, int lx);

    /** Whether the kernel runs on an OpenCL device (and so needs its explicit puts and gets). */
    boolean openCl();

    String description();

    /** The plain-Java twin: the kernel's own run() on clones, rows of the range split over the common pool. */
    static RangeLauncher java() {
        return new RangeLauncher() {
            @Override
            public void launch(Kernel kernel, int gx, int gy, int lx) {
                IntStream.range(0, gy).parallel().forEach(y -> {
                    Kernel worker = kernel.clone();
                    Kernel.KernelState state = worker.getKernelState();
                    state.setGlobalId(1, y);
                    for (int x = 0; x < gx; x++) {
                        state.setGlobalId(0, x);
                        worker.run();
                    }
                });
            }

            @Override
            public boolean openCl() {
                return false;
            }

            @Override
            public String description() {
                return "java";
            }
        };
    }

    /** Aparapi on one OpenCL device; refuses its silent fall-back to a Java thread pool after every launch. */
    static RangeLauncher openCl(OpenCLDevice device) {
        return new RangeLauncher() {
            @Override
            public void launch(Kernel kernel, int gx, int gy, int lx) {
                Range range = device.createRange2D(gx, gy, lx, 1);
                kernel.execute(range);
                OpenClExecutor.requireRanOn(device, kernel, kernel.getClass().getSimpleName());
            }

            @Override
            public boolean openCl() {
                return true;
            }

            @Override
            public String description() {
                return "opencl: " + device.getName().trim();
            }
        };
    }
}
