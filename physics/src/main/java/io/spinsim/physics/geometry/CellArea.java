package io.spinsim.physics.geometry;

/** A set of cells given by plane and in-plane cell-centre position (m). */
@FunctionalInterface
public interface CellArea {

    boolean contains(int layer, double x, double y);

    CellArea EVERYWHERE = (layer, x, y) -> true;
}
