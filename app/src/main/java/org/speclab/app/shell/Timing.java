package org.speclab.app.shell;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.speclab.app.theme.Motion;

/**
 * Measurements for the issue notes, printed to stderr when {@code -Dspeclab.timing=true}: start-up time to the
 * first frame, step-to-first-frame latency, and frame times (avg, p95, max) over each 5 s of animation.
 * A measurement aid, not a test: nothing asserts on time.
 */
final class Timing {
    private static final boolean ON = Boolean.getBoolean("speclab.timing");
    private final long[] frames = new long[4096];
    private int count;
    private long last;
    private long windowStart;
    private long stepAt;

    static void attach(Scene scene, ShellViewModel vm) {
        if (!ON) return;
        new Timing().start(scene, vm);
    }

    private void start(Scene scene, ShellViewModel vm) {
        // With -Dspeclab.autorun=true the lesson plays at 10 steps/s, to measure frame times while animating.
        if (Boolean.getBoolean("speclab.autorun")) {
            vm.playback().speedProperty().set(10);
            javafx.application.Platform.runLater(() -> vm.playback().play());
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        vm.stepper().frameProperty().addListener((o, a, b) -> stepAt = System.nanoTime());
        // after CSS and layout of the pulse that shows the new snapshot, just before it is rendered
        scene.addPostLayoutPulseListener(() -> {
            if (stepAt == 0) return;
            System.err.printf("timing: step → laid-out frame %.1f ms (animations then settle in %.0f ms)%n",
                    (System.nanoTime() - stepAt) / 1e6, Motion.duration().toMillis());
            stepAt = 0;
        });
        new AnimationTimer() {
            private boolean shown;

            @Override
            public void handle(long now) {
                if (!shown) {
                    shown = true;
                    System.err.printf("timing: first frame %d ms after JVM start%n", System.currentTimeMillis() - jvmStart);
                    windowStart = now;
                }

                if (last != 0 && count < frames.length) frames[count++] = now - last;
                last = now;
                if (now - windowStart > 5_000_000_000L && count > 10) {
                    report();
                    windowStart = now;
                }
            }
        }.start();
    }

    private void report() {
        long[] f = Arrays.copyOf(frames, count);
        Arrays.sort(f);
        double avg = Arrays.stream(f).average().orElse(0) / 1e6;
        System.err.printf("timing: %d frames, avg %.1f ms, p95 %.1f ms, max %.1f ms%n", count, avg, f[(int) (count * 0.95)] / 1e6, f[count - 1] / 1e6);
        count = 0;
    }
}
