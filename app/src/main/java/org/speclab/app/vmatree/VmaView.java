package org.speclab.app.vmatree;

import javafx.scene.layout.Region;

/**
 * Address space and VMA tree: the strip of ranges (tree lane, not-in-tree lane, reader pointers) over the list
 * of VMA slots and their own fields. Only binds {@link VmaViewModel#sceneProperty()}. The list gets the height
 * it needs and the strip the rest; nothing scrolls: when both do not fit, the fitted card scales the view down.
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

    @Override
    protected double computePrefHeight(double width) { return strip.prefHeight(width) + GAP + table.prefHeight(width); }

    @Override
    protected double computePrefWidth(double height) { return Math.max(480, table.prefWidth(-1)); }

    /** The list whole and the strip at its smallest: less than that and the card must scale the view. */
    @Override
    protected double computeMinHeight(double width) { return strip.minHeight(width) + GAP + table.prefHeight(width); }

    @Override
    protected double computeMinWidth(double height) { return table.minWidth(-1); }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double tableH = Math.min(table.prefHeight(w), Math.max(0, h - GAP - strip.minHeight(w)));
        strip.resizeRelocate(0, 0, w, Math.max(0, h - tableH - GAP));
        table.resizeRelocate(0, h - tableH, w, tableH);
    }
}
