package org.speclab.app.code;

import java.nio.file.Path;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;

/**
 * Not a test: renders the whole window offscreen at a given step, to look at a view mid-lesson.
 * Arguments: lesson step out.png [width height [projector]].
 */
public final class WindowSnapshot {
    private WindowSnapshot() {}

    public static void main(String[] args) throws Exception {
        int step = Integer.parseInt(args[1]);
        int w = args.length > 3 ? Integer.parseInt(args[3]) : 1920;
        int h = args.length > 4 ? Integer.parseInt(args[4]) : 1080;
        boolean projector = args.length > 5;
        HeadlessSnapshot.write(() -> {
            Motion.setInstant();
            ShellViewModel vm = new ShellViewModel();
            vm.openArgument(args[0]);
            vm.projectorProperty().set(projector);
            vm.stepper().runToEnd();
            vm.stepper().goTo(step);
            return ShellView.scene(vm, w, h);
        }, Path.of(args[2]));
        System.exit(0);
    }
}
