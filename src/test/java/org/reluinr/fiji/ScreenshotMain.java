package org.reluinr.fiji;

import java.awt.Button;
import java.awt.Checkbox;
import java.awt.Choice;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Label;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.TextField;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.ItemEvent;
import java.awt.event.ItemListener;
import java.awt.event.TextEvent;
import java.awt.event.TextListener;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.gui.MultiLineLabel;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import org.reluinr.imagej.LivePreview;
import org.reluinr.plugins.FitInrPlugin;
import org.reluinr.plugins.SuperResolutionPlugin;

/**
 * Runs Fit INR on a one-pixel image (refused before its dialog), then Super-Resolution from
 * its dialogs in ImageJ on a display, as a user would: fills in the
 * main dialog (scale 2, advanced and preview ticked), the advanced dialog (width 128), and
 * presses OK in each; saves screenshots of both dialogs, of the screen while it trains, and
 * of the results table into {@code args[0]}; prints what it saw as {@code key: value} lines.
 */
public final class ScreenshotMain {

    private static final long TIMEOUT_MILLIS = 120_000;

    private ScreenshotMain() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // the dialogs and windows left open would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Robot robot = new Robot();
        new ImageJ().setLocation(0, 0);
        refuseOnePixelBeforeAnyDialog();
        estimateAVolume();
        ImagePlus camera = IJ.openImage("test-images/camera_256.png");
        ImageProcessor small = camera.getProcessor();
        small.setInterpolationMethod(ImageProcessor.BILINEAR);
        ImagePlus input = new ImagePlus("camera-48", small.resize(48, 48, true));
        input.show();
        input.getWindow().setLocation(20, 140);

        Thread run = new Thread(() -> new SuperResolutionPlugin().run(""), "super-resolution");
        run.start();

        GenericDialog main = (GenericDialog) await(w -> w instanceof GenericDialog d
                && d.getTitle().equals("ReLU-INR Super-Resolution"));
        System.out.println("main_fields: " + String.join(", ", fields(main)));
        System.out.println("estimate_at_scale_4: " + estimate(main));
        set(main, "scale", "2");
        System.out.println("estimate_at_scale_2: " + estimate(main));
        tick(main, "advanced");
        tick(main, "preview");
        save(robot, main, out.resolve("dialog-super-resolution.png"));
        press(main, "OK");

        GenericDialog advanced = (GenericDialog) await(w -> w instanceof GenericDialog d
                && d.getTitle().equals("ReLU-INR Super-Resolution (advanced)"));
        System.out.println("advanced_fields: " + String.join(", ", fields(advanced)));
        set(advanced, "width", "128");
        System.out.println("estimate_at_width_128: " + estimate(advanced));
        save(robot, advanced, out.resolve("dialog-super-resolution-advanced.png"));
        press(advanced, "OK");

        await(w -> w instanceof Frame f && f.getTitle().endsWith("(preview)"));
        awaitIteration(100);
        // read at once: the copy of the start may end within the preview's refresh
        System.out.println("status: " + ImageJ.getStatusBarText());
        Thread.sleep(LivePreview.REFRESH_MILLIS);
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(robot.createScreenCapture(screen), "png", out.resolve("training.png").toFile());

        run.join(TIMEOUT_MILLIS);
        ImagePlus result = WindowManager.getCurrentImage();
        System.out.println("result: " + result.getTitle() + " " + result.getWidth() + "x" + result.getHeight());
        System.out.println("open_windows: " + String.join(", ", titles()));
        System.out.println("results_columns: " + ResultsReport.table().getColumnHeadings().trim());
        Window table = await(w -> w instanceof Frame f && f.getTitle().equals(ResultsReport.TABLE_TITLE));
        table.setBounds(0, 100, 1200, 160);
        save(robot, table, out.resolve("results.png"));
    }

    /** Fit INR on a 1×1 image: the refusal must come as ImageJ's error message, before any field is asked for. */
    private static void refuseOnePixelBeforeAnyDialog() throws Exception {
        ImagePlus tiny = new ImagePlus("tiny", new ByteProcessor(1, 1));
        tiny.show();
        Thread fit = new Thread(() -> new FitInrPlugin().run(""), "fit");
        fit.start();
        Window first = await(w -> w instanceof Dialog);
        System.out.println("one_pixel_first_window: " + ((Dialog) first).getTitle() + " | "
                + String.join(" ", texts(first)));
        EventQueue.invokeAndWait(first::dispose);
        fit.join(TIMEOUT_MILLIS);
        tiny.changes = false;
        tiny.close();
    }

    /** Fit INR on an 8-slice stack: the estimate follows the dimensions choice; then cancelled. */
    private static void estimateAVolume() throws Exception {
        ImageStack slices = new ImageStack(48, 48);
        for (int z = 0; z < 8; z++) {
            slices.addSlice(new ByteProcessor(48, 48));
        }
        ImagePlus stack = new ImagePlus("stack-8", slices);
        stack.show();
        Thread fit = new Thread(() -> new FitInrPlugin().run(""), "fit");
        fit.start();
        GenericDialog dialog = (GenericDialog) await(w -> w instanceof GenericDialog d
                && d.getTitle().equals("ReLU-INR Fit INR"));
        System.out.println("estimate_of_planes: " + estimate(dialog));
        choose(dialog, "dimensions", "3");
        System.out.println("estimate_of_volume: " + estimate(dialog));
        press(dialog, "Cancel");
        fit.join(TIMEOUT_MILLIS);
        stack.changes = false;
        stack.close();
    }

    /** What a message dialog says (ImageJ draws it as a MultiLineLabel). */
    private static List<String> texts(Container dialog) throws ReflectiveOperationException {
        Field lines = MultiLineLabel.class.getDeclaredField("lines");
        lines.setAccessible(true);
        List<String> texts = new ArrayList<>();
        for (Component c : components(dialog)) {
            if (c instanceof MultiLineLabel label) {
                texts.add(String.join(" ", (String[]) lines.get(label)).trim());
            } else if (c instanceof Label label) {
                texts.add(label.getText());
            }
        }
        return texts;
    }

    /** Waits until the status line reports that many iterations. */
    private static void awaitIteration(int iteration) throws InterruptedException {
        Pattern reported = Pattern.compile(": (\\d+)/");
        long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < end) {
            Matcher m = reported.matcher(ImageJ.getStatusBarText());
            if (m.find() && Integer.parseInt(m.group(1)) >= iteration) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("training did not reach iteration " + iteration);
    }

    /** The first visible window that matches, waited for. */
    private static Window await(Predicate<Window> wanted) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < end) {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && wanted.test(w)) {
                    return w;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no such window appeared; open: " + titles());
    }

    private static List<String> titles() {
        List<String> titles = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                titles.add(w instanceof Frame f ? f.getTitle() : w instanceof Dialog d ? d.getTitle() : "?");
            }
        }
        return titles;
    }

    /** The dialog's labels and checkboxes in order: what a user reads from top to bottom. */
    private static List<String> fields(Container dialog) {
        List<String> names = new ArrayList<>();
        for (Component c : components(dialog)) {
            if (c instanceof Label l && !l.getText().isBlank()) {
                names.add(l.getText());
            } else if (c instanceof Checkbox b) {
                names.add(b.getLabel());
            }
        }
        return names;
    }

    private static List<Component> components(Container root) {
        List<Component> all = new ArrayList<>();
        for (Component c : root.getComponents()) {
            all.add(c);
            if (c instanceof Container inner) {
                all.addAll(components(inner));
            }
        }
        return all;
    }

    /** Types into the text field that follows the label {@code key} (shown with spaces for underscores). */
    private static void set(Container dialog, String key, String text) throws Exception {
        TextField field = after(dialog, key, TextField.class);
        // as typing does: the text changes, and the dialog hears of it
        EventQueue.invokeAndWait(() -> {
            field.setText(text);
            ((TextListener) dialog).textValueChanged(new TextEvent(field, TextEvent.TEXT_VALUE_CHANGED));
        });
    }

    private static void choose(Container dialog, String key, String item) throws Exception {
        Choice choice = after(dialog, key, Choice.class);
        // as a click does: the item changes, and the dialog hears of it
        EventQueue.invokeAndWait(() -> {
            choice.select(item);
            ((ItemListener) dialog).itemStateChanged(new ItemEvent(choice, ItemEvent.ITEM_STATE_CHANGED, item,
                    ItemEvent.SELECTED));
        });
    }

    /** The first widget of this type after the label of {@code key}. */
    private static <T extends Component> T after(Container dialog, String key, Class<T> type) {
        boolean found = false;
        for (Component c : components(dialog)) {
            if (c instanceof Label l && l.getText().equals(key.replace('_', ' '))) {
                found = true;
            } else if (found && type.isInstance(c)) {
                return type.cast(c);
            }
        }
        throw new IllegalStateException("no " + type.getSimpleName() + " " + key);
    }

    private static String estimate(Container dialog) throws ReflectiveOperationException {
        for (String text : texts(dialog)) {
            if (text.startsWith("estimate") || text.startsWith("cannot run")) {
                return text;
            }
        }
        return "none";
    }

    private static void tick(Container dialog, String key) throws Exception {
        for (Component c : components(dialog)) {
            if (c instanceof Checkbox b && b.getLabel().equals(key.replace('_', ' '))) {
                EventQueue.invokeAndWait(() -> b.setState(true));
                return;
            }
        }
        throw new IllegalStateException("no checkbox " + key);
    }

    private static void press(GenericDialog dialog, String label) throws Exception {
        for (Button b : dialog.getButtons()) {
            if (b != null && b.getLabel().trim().equals(label)) {
                EventQueue.invokeAndWait(() -> dialog.actionPerformed(new ActionEvent(b, ActionEvent.ACTION_PERFORMED,
                        label)));
                return;
            }
        }
        throw new IllegalStateException("no button " + label);
    }

    private static void save(Robot robot, Window window, Path file) throws Exception {
        EventQueue.invokeAndWait(window::toFront);
        Thread.sleep(1000);
        BufferedImage shot = robot.createScreenCapture(new Rectangle(window.getLocationOnScreen(), window.getSize()));
        if (!ImageIO.write(shot, "png", file.toFile())) {
            throw new IOException("cannot write " + file);
        }
    }
}
