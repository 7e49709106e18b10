package org.speclab.lessons;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the module's own files are when tests run (Surefire runs in the module folder and sets basedir). */
final class Modules {
    private Modules() {}

    static Path lessonsDir() {
        Path base = Path.of(System.getProperty("basedir", "."));
        if (Files.exists(base.resolve("lessons").resolve("pom.xml"))) base = base.resolve("lessons");
        return base;
    }
}
