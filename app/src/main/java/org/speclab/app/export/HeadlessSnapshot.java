package org.speclab.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Renders a scene to PNG offscreen with Monocle's headless glass: no display, no window. It waits as long as the
 * rendering takes (a loaded machine is slow, not broken) and fails only when the toolkit's thread is gone.
 */
public final class HeadlessSnapshot {
    private static final String FX_THREAD = "JavaFX Application Thread";

    private HeadlessSnapshot() {
    }

    /** Starts the toolkit, so call it once per process, and before anything else starts JavaFX. */
    public static void write(Supplier<Scene> scene, Path png) throws Exception {
        useHeadlessToolkit();
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Scene sc = scene.get();
                settle(sc);
                shot.complete(sc.snapshot(null));
            } catch (RuntimeException | Error e) {
                shot.completeExceptionally(e);
            }
        });
        try {
            writePng(await(shot), png);
        } catch (ExecutionException e) {
            throw new IllegalStateException("offscreen rendering failed: " + e.getCause(), e.getCause());
        } finally {
            Platform.exit();
        }
    }

    /** Runs {@code work} on the FX thread of a headless toolkit (started here, exited after), waiting for it. */
    public static void render(Runnable work) throws Exception {
        useHeadlessToolkit();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            await(done);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IllegalStateException("offscreen rendering failed: " + c, c);
        } finally {
            Platform.exit();
        }
    }

    /** Starts a headless toolkit, runs {@code work} on this thread (it hands frames to the FX thread), and exits. */
    public static <T> T withToolkit(java.util.concurrent.Callable<T> work) throws Exception {
        useHeadlessToolkit();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        try {
            await(started);
            return work.call();
        } finally {
            Platform.exit();
        }
    }

    /**
     * Lays the scene out until nothing asks for another pass (views that fit their content may need two), so the
     * picture shows the settled window, not its first pass.
     */
    public static void settle(Scene scene) {
        for (int pass = 0; pass < 5; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            if (!scene.getRoot().isNeedsLayout()) return;
        }
    }

    /**
     * Waits for work on the FX thread however long it takes: no fixed limit to fail under load. A toolkit that
     * dies during start-up never runs the work, so the wait ends when its thread is gone.
     */
    private static <T> T await(CompletableFuture<T> work) throws ExecutionException, InterruptedException {
        boolean seen = false;
        for (int waited = 0; ; waited++) {
            try {
                return work.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                boolean alive = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(FX_THREAD) && t.isAlive());
                seen |= alive;
                // give the toolkit a few seconds to create its thread before concluding it died
                if (!alive && (seen || waited > 10)) throw new IllegalStateException("offscreen rendering stopped: the JavaFX toolkit is gone");
            }
        }
    }

    // Glass and Prism read these once, when the toolkit starts.
    private static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // Monocle's virtual screen must hold the window (its default is 1280x800)
        System.setProperty("headless.geometry", "3840x2160-32");
    }

    private static void writePng(WritableImage image, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(png)) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        }
    }
}
