package io.spinsim.jobs;

/** Which service claims a job type from the queue. */
public enum Worker {
    /** service-solver: micromagnetics and device physics. */
    SOLVER,
    /** service-nn: crossbar-mapped networks. */
    NN
}
