package io.spinsim.jobs;

/**
 * A spec whose size the platform limits: grid cells against a key's quota ({@code max_cells}), and the working memory
 * estimate against what the API accepts and what a worker's heap holds.
 */
public interface Sized {

    /** Cells of the largest grid the job simulates. */
    long cells();

    /** Estimated working memory of the run, in bytes. */
    long memoryBytes();
}
