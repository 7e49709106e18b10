package org.speclab.app.vmatree;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Address space and VMA tree: the strip of ranges (tree lane, not-in-tree lane, reader pointers) over the list
 * of VMA slots and their own fields. Only binds {@link VmaViewModel#sceneProperty()}. Both parts ask the height
 * their lines need at the width they get (the list takes its shortest form for it), the strip's lanes grow a
 * little when there is room to spare, and what is left stays under the list. Nothing scrolls: when the parts do
 * not fit, the fitted card scales the view down.
 */
public final class VmaView extends Region {
    private static final double GAP = 6;

    private final AddressStrip strip = new AddressStrip();
    private final SlotTable table = new SlotTable();

    public VmaView(VmaViewModel vm) {
        setId("vma-view");
        getChildren().addAll(strip, table);
        vm.sceneProperty().addListener((o, before, now) -> render(now));
        render(vm.scene());
    }

    private void render(VmaScene scene) {
        strip.show(scene);
        table.show(scene);
        requestLayout();
    }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? prefWidth(-1) : width;
        return strip.prefHeight(w) + GAP + table.prefHeight(w);
    }

    @Override
    protected double computePrefWidth(double height) { return Math.max(480, table.prefWidth(-1)); }

    /** The list whole and the strip at its smallest: less than that and the card must scale the view. */
    @Override
    protected double computeMinHeight(double width) {
        double w = width < 0 ? prefWidth(-1) : width;
        return strip.minHeight(w) + GAP + table.prefHeight(w);
    }

    /** The list in its narrowest form: narrower than that and the card must scale the view. */
    @Override
    protected double computeMinWidth(double height) { return table.minWidth(-1); }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double tableH = table.prefHeight(w);
        double stripH = Math.max(strip.minHeight(w), Math.min(strip.prefHeight(w), h - GAP - tableH));
        strip.resizeRelocate(0, 0, w, stripH);
        table.resizeRelocate(0, stripH + GAP, w, tableH);
    }
}
