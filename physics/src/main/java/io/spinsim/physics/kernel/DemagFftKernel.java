package io.spinsim.physics.kernel;

/** Host API of the device FFT demag kernel in either precision (DemagFftKernel64 and its generated fp32 twin). */
public interface DemagFftKernel {

    void putTensor(double[] a, double[] b, double[] xy, double[] zz, double[] ms, RangeLauncher launcher);

    void field(double[] m, double[] b, RangeLauncher launcher);

    int paddedX();

    int paddedY();

    com.aparapi.Kernel aparapiKernel();
}
