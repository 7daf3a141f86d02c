package org.reluinr.fiji;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;

/**
 * Loads the plugin the way Fiji does: ImageJ, SciJava and ImgLib2 on the application class
 * path, the plugin and ND4J in a child class loader over a jars folder, and a context class
 * loader that cannot see ND4J. Then fits a small image through the public API.
 * {@code FijiLoaderMain JARS_FOLDER}
 */
public final class FijiLoaderMain {

    private FijiLoaderMain() {
    }

    public static void main(String[] args) throws Exception {
        File[] jars = new File(args[0]).listFiles((dir, name) -> name.endsWith(".jar"));
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].toURI().toURL();
        }
        ClassLoader application = FijiLoaderMain.class.getClassLoader();
        try (URLClassLoader plugins = new URLClassLoader(urls, application)) {
            Thread.currentThread().setContextClassLoader(application);
            check(!canLoad(application, "org.nd4j.linalg.factory.Nd4j"), "ND4J must be visible only to the plugin loader");
            Class<?> api = plugins.loadClass("org.reluinr.api.FitInr");
            Class<?> settingsType = plugins.loadClass("org.reluinr.core.fit.FitSettings");
            Object builder = settingsType.getMethod("builder").invoke(null);
            builder.getClass().getMethod("width", int.class).invoke(builder, 32);
            builder.getClass().getMethod("iterations", int.class).invoke(builder, 200);
            Object settings = builder.getClass().getMethod("build").invoke(builder);
            float[] pixels = new float[24 * 24];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (float) (Math.sin(0.3 * (i % 24)) * Math.cos(0.2 * (i / 24)));
            }
            Object result = api.getMethod("fit", RandomAccessibleInterval.class, settingsType)
                    .invoke(null, ArrayImgs.floats(pixels, 24, 24), settings);
            check(api.getClassLoader() == plugins, "the API must come from the plugin loader");
            check(Thread.currentThread().getContextClassLoader() == application, "the context loader must be restored");
            System.out.println("PSNR=" + result.getClass().getMethod("psnr").invoke(result));
        }
    }

    private static boolean canLoad(ClassLoader loader, String name) {
        try {
            loader.loadClass(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }
}
