package io.spinsim.neural.net;

/** How an image enters a spiking network at every time step. */
public enum SpikeEncoding {
    /** Rate coding: each pixel spikes with probability equal to its intensity at each step (Bernoulli). */
    RATE,
    /** The pixel intensity itself drives the first layer as an analog current at each step. */
    DIRECT
}
