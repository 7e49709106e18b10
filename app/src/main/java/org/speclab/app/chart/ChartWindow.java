package org.speclab.app.chart;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The chart in its own window, large enough for a lecture hall: a second {@link ThroughputView} on the same
 * view-model (so sliders and series stay in step with the card), with the owner window's stylesheets, kept in step
 * when the theme or projector mode changes. Escape closes it, P toggles projector mode as in the window; there is
 * at most one.
 */
final class ChartWindow {
    private static Stage open;

    private ChartWindow() {}

    static void show(Window owner, ThroughputViewModel vm) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        ThroughputView view = new ThroughputView(vm, false);
        Scene ownerScene = owner.getScene();
        view.getStyleClass().add("enlarged");
        StackPane root = new StackPane(view);   // the view's larger type is relative to the root's (projector mode's) size
        root.styleProperty().bind(ownerScene.getRoot().styleProperty());   // the window's type size (LayoutModel)
        Scene scene = new Scene(root, Math.max(800, owner.getWidth() * 0.9), Math.max(500, owner.getHeight() * 0.85));
        scene.getStylesheets().setAll(ownerScene.getStylesheets());
        ListChangeListener<String> follow = c -> scene.getStylesheets().setAll(ownerScene.getStylesheets());
        ownerScene.getStylesheets().addListener(follow);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("SpecLab · uprobe-nop throughput");
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
            // P (projector mode) is the window's key: pass it on, and this window follows the stylesheets
            if (e.getCode() == KeyCode.P && ownerScene.getRoot() != null) ownerScene.getRoot().fireEvent(e.copyFor(ownerScene.getRoot(), ownerScene.getRoot()));
        });
        stage.setOnHidden(e -> {
            ownerScene.getStylesheets().removeListener(follow);
            root.styleProperty().unbind();
            view.dispose();
            open = null;
        });
        open = stage;
        stage.show();
    }
}
