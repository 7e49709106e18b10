package org.speclab.app.vmatree;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.Session;
import org.speclab.app.stepper.StepperViewModel;

/**
 * The address space view's model: one {@link VmaScene} per frame. The strip's scale covers every range the
 * session's scenario touches and only grows within a session, so the picture does not jump while stepping.
 */
public final class VmaViewModel {
    private final StepperViewModel stepper;
    private final ReadOnlyObjectWrapper<VmaScene> scene = new ReadOnlyObjectWrapper<>(VmaScene.EMPTY);
    private Session session;
    private AddressSpan bounds;

    public VmaViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.frameProperty().addListener((o, before, now) -> update(now));
        update(stepper.frame());
    }

    public StepperViewModel stepper() { return stepper; }

    public ReadOnlyObjectProperty<VmaScene> sceneProperty() { return scene.getReadOnlyProperty(); }

    public VmaScene scene() { return scene.get(); }

    private void update(Frame f) {
        if (f == null) {
            scene.set(VmaScene.EMPTY);
            return;
        }
        if (f.session() != session) {
            session = f.session();
            bounds = AddressSpan.bounds(session.initial(), session.machine().specs());
        }
        bounds = AddressSpan.include(bounds, f.state().world());
        scene.set(VmaModels.of(f, AddressSpan.withMargin(bounds)));
    }
}
