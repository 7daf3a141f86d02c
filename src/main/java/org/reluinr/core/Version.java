package org.reluinr.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's version, written into every output. */
public final class Version {

    private static final String VERSION = read();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/reluinr/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
