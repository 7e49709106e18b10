package org.speclab.app.slab;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.StepperViewModel;

/** The file slab view's model: one {@link SlabScene} per frame, derived without a toolkit. */
public final class SlabViewModel {
    private final StepperViewModel stepper;
    private final ReadOnlyObjectWrapper<SlabScene> scene = new ReadOnlyObjectWrapper<>(SlabScene.EMPTY);

    public SlabViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.frameProperty().addListener((o, before, now) -> update(now));
        update(stepper.frame());
    }

    public StepperViewModel stepper() { return stepper; }

    public ReadOnlyObjectProperty<SlabScene> sceneProperty() { return scene.getReadOnlyProperty(); }

    public SlabScene scene() { return scene.get(); }

    private void update(Frame f) { scene.set(SlabModels.of(f)); }
}
