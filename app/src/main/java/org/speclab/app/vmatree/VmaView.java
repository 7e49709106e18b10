package org.speclab.app.vmatree;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Address space and VMA tree: the strip of ranges (tree lane, not-in-tree lane, reader pointers) over the list
 * of VMA slots and their own fields. Only binds {@link VmaViewModel#sceneProperty()}. The list takes what it
 * needs up to a fraction of the card and the strip the rest, so both scale with the window.
 */
public final class VmaView extends Region {
    private static final double TABLE_SHARE = 0.38;

    private final AddressStrip strip = new AddressStrip();
    private final SlotTable table = new SlotTable();
    private final ScrollPane slots = new ScrollPane(table);

    public VmaView(VmaViewModel vm) {
        setId("vma-view");
        slots.setFitToWidth(true);
        slots.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        slots.getStyleClass().add("edge-to-edge");
        slots.setId("vma-slots-scroll");
        getChildren().addAll(strip, slots);
        setMinSize(0, 0);
        vm.sceneProperty().addListener((o, before, now) -> render(now));
        render(vm.scene());
    }

    private void render(VmaScene scene) {
        strip.show(scene);
        table.show(scene);
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) { return strip.prefHeight(width) + table.prefHeight(width); }

    @Override
    protected double computePrefWidth(double height) { return 480; }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double gap = 6;
        // The strip comes first: the list gets its share, or what the strip leaves, above the strip's minimum, and scrolls.
        double tableH = Math.min(table.prefHeight(w) + 4, Math.max(h * TABLE_SHARE, h - gap - strip.prefHeight(w)));
        tableH = Math.max(0, Math.min(tableH, h - gap - strip.minHeight(w)));
        strip.resizeRelocate(0, 0, w, Math.max(0, h - tableH - gap));
        slots.resizeRelocate(0, h - tableH, w, tableH);
    }
}
