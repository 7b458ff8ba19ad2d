package io.spinsim.jobs;

/** A spec whose simulation grid size counts against a key's quota ({@code max_cells}). */
public interface Sized {

    /** Cells of the largest grid the job simulates. */
    long cells();
}
