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

/** Renders a scene to PNG offscreen with Monocle's headless glass: no display, no window. */
public final class HeadlessSnapshot {
    private static final long TIMEOUT_SECONDS = 30;

    private HeadlessSnapshot() {
    }

    /** Starts the toolkit, so call it once per process, and before anything else starts JavaFX. */
    public static void write(Supplier<Scene> scene, Path png) throws Exception {
        useHeadlessToolkit();
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                shot.complete(scene.get().snapshot(null));
            } catch (RuntimeException | Error e) {
                shot.completeExceptionally(e);
            }
        });
        try {
            // A toolkit that dies during start-up never runs the task: never wait forever.
            writePng(shot.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), png);
        } catch (TimeoutException e) {
            throw new IllegalStateException("offscreen rendering did not finish in " + TIMEOUT_SECONDS + " s", e);
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
            done.get(10 * TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("offscreen rendering did not finish in " + 10 * TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IllegalStateException("offscreen rendering failed: " + c, c);
        } finally {
            Platform.exit();
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
