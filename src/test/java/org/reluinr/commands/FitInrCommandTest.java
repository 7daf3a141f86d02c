package org.reluinr.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandModule;

import org.reluinr.fiji.ResultsReport;
import org.reluinr.imagej.RunLock;

/** The Fit INR command run the way scripts run it, through SciJava's CommandService. */
class FitInrCommandTest extends CommandServiceTestBase {

    @Test
    void fitsEachPlaneOfAStackAndCarriesCalibrationOver() throws Exception {
        ImagePlus input = twoPlaneStack();
        short[] before = ((short[]) input.getStack().getPixels(2)).clone();
        int rowsBefore = ResultsReport.table().size();

        CommandModule module = commands.run(FitInrCommand.class, true, "image", input, "width", 48, "hidden_layers", 2,
                "iterations", 150, "seed", 3L).get();

        ImagePlus result = (ImagePlus) module.getOutput("result");
        assertEquals("cells-fit", result.getTitle());
        assertEquals(2, result.getStackSize());
        assertEquals(0.25, result.getCalibration().pixelWidth, 0);
        assertEquals("µm", result.getCalibration().getUnit());
        assertEquals("48", result.getStringProperty("width"));
        assertEquals("3", result.getStringProperty("seed"));
        assertEquals("completed", result.getStringProperty("plane_2_status"));
        // the small network also follows an interpolation between the pixels (tv_weight auto), which costs it fidelity
        assertTrue(Double.parseDouble(result.getStringProperty("plane_2_psnr")) > 21, result.getInfoProperty());
        assertArrayEquals(before, (short[]) input.getStack().getPixels(2), "the input is never modified");
        ResultsTable table = ResultsReport.table();
        assertEquals(rowsBefore + 2, table.size(), "one row per plane");
        assertEquals("cells-fit", table.getStringValue("output", table.size() - 1));
        assertTrue(table.getValue("psnr", table.size() - 1) > 21);
    }

    @Test
    void cancelBeforeTheFirstIterationReturnsTheInitialNetworkMarkedCancelled() {
        FitInrCommand command = new FitInrCommand();
        context.inject(command);
        command.image = twoPlaneStack();
        command.iterations = 50;
        command.width = 16;
        command.cancel("cancelled by the user");
        command.run();
        ImagePlus result = command.result();
        assertEquals(1, result.getStackSize(), "the run stops at the cancelled plane");
        assertEquals("cancelled", result.getStringProperty("plane_1_status"));
        assertEquals("0", result.getStringProperty("plane_1_iterations_run"));
    }

    @Test
    void aBaselineActivationIsChosenByName() throws Exception {
        CommandModule module = commands.run(FitInrCommand.class, true, "image", twoPlaneStack(), "width", 16,
                "iterations", 10, "activation", "siren", "omega0", 20.0).get();
        ImagePlus result = (ImagePlus) module.getOutput("result");
        assertEquals("siren", result.getStringProperty("activation"));
        assertEquals("20.0", result.getStringProperty("omega0"));
    }

    @Test
    void aSecondRunWhileOneTrainsIsRefused() throws Exception {
        ImagePlus input = twoPlaneStack();
        CommandModule module;
        try (RunLock running = RunLock.acquire()) {
            module = commands.run(FitInrCommand.class, true, "image", input, "iterations", 5).get();
        }
        assertTrue(module.isCanceled());
        assertTrue(module.getCancelReason().startsWith("another ReLU-INR run is in progress"), module.getCancelReason());
        assertNull(module.getOutput("result"));
    }

    @Test
    void noImageIsRefusedWithAMessage() throws Exception {
        CommandModule module = commands.run(FitInrCommand.class, true, Map.of("iterations", 5)).get();
        assertTrue(module.isCanceled());
        assertTrue(module.getCancelReason().startsWith("no image is open"), module.getCancelReason());
    }

    @Test
    void outOfRangeValueIsRefusedWithTheKeyNamed() throws Exception {
        CommandModule module = commands.run(FitInrCommand.class, true, "image", twoPlaneStack(), "learning_rate", -1.0)
                .get();
        assertTrue(module.isCanceled());
        assertEquals("learning_rate must be a positive number, got -1.0", module.getCancelReason());
    }

    /** Two 24×20 16-bit planes with a calibrated pixel size. */
    private static ImagePlus twoPlaneStack() {
        ImageStack stack = new ImageStack(24, 20);
        for (int k = 0; k < 2; k++) {
            short[] pixels = new short[24 * 20];
            for (int i = 0; i < pixels.length; i++) {
                int x = i % 24;
                int y = i / 24;
                pixels[i] = (short) (1000 + 800 * Math.sin(0.3 * x + k) * Math.cos(0.25 * y));
            }
            stack.addSlice(new ShortProcessor(24, 20, pixels, null));
        }
        ImagePlus image = new ImagePlus("cells.tif", stack);
        image.getCalibration().pixelWidth = 0.25;
        image.getCalibration().pixelHeight = 0.25;
        image.getCalibration().setUnit("µm");
        return image;
    }
}
