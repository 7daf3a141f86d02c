package org.reluinr.fiji;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import net.imagej.patcher.LegacyEnvironment;

/**
 * Runs one ImageJ 1.x macro file in a patched, headless ImageJ 1.x with this project's
 * plugins.config on the plugin path: {@code LegacyMacroMain MACRO_FILE ARGUMENT [EXTRA_CODE]}.
 * It runs in a JVM of its own (see {@link ChildJvm}) so ImageJ and the native libraries
 * start fresh.
 */
public final class LegacyMacroMain {

    private LegacyMacroMain() {
    }

    public static void main(String[] args) throws Exception {
        String macro = Files.readString(Path.of(args[0]));
        if (args.length > 2) {
            macro += "\n" + args[2];
        }
        LegacyEnvironment ij1 = new LegacyEnvironment(null, true);
        ij1.disableIJ1PluginDirs();
        // Like Fiji's jars/ folder: the plugin and its dependencies, but not ImageJ 1.x itself.
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (!name.startsWith("ij-") && !name.startsWith("ij1-patcher") && !name.equals("test-classes")) {
                ij1.addPluginClasspath(new File(entry));
            }
        }
        ij1.runMacro(macro, args[1]);
        System.exit(0);
    }
}
