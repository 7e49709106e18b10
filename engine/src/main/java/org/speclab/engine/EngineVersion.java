package org.speclab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, as Maven filtered it into {@code version.properties}. */
public final class EngineVersion {
    private static final String UNKNOWN = "unknown";
    private static final String VERSION = load();

    private EngineVersion() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
