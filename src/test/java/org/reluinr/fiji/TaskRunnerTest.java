package org.reluinr.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.macro.Interpreter;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.io.ModelFile;

class TaskRunnerTest {

    private static final FitSettings SETTINGS = FitSettings.builder().width(16).hiddenLayers(2).iterations(40).build();

    @Test
    void escDuringTrainingStopsWithinOneIterationAndKeepsTheBestNetwork() {
        ImagePlus input = twoPlanes();
        PlaneTask pressEscAtIteration3 = (k, plane, listener, cancel) -> FitInr.fit(plane, SETTINGS, p -> {
            if (p.iteration() == 3) {
                IJ.setKeyDown(KeyEvent.VK_ESCAPE);
            }
            listener.onProgress(p);
        }, cancel);

        ImagePlus output = TaskRunner.run(input, "fit", 1, pressEscAtIteration3, new RunOptions(false, false, null, true),
                () -> false);

        assertEquals(1, output.getStackSize(), "the second plane is not started");
        assertEquals("planes-fit-cancelled", output.getTitle(), "the title says the result is not the full run");
        assertEquals("cancelled", output.getStringProperty("plane_1_status"));
        assertEquals("3", output.getStringProperty("plane_1_iterations_run"));
        assertEquals("40", output.getStringProperty("iterations"));
    }

    @Test
    void resultsTakeTheInputsTypeUnlessAsked32Bit() {
        ShortProcessor ramp = new ShortProcessor(12, 10);
        for (int i = 0; i < 120; i++) {
            ramp.set(i, 100 + 25 * i);
        }
        PlaneTask fit = (k, plane, listener, cancel) -> FitInr.fit(plane, SETTINGS, listener, cancel);
        ImagePlus asInput = TaskRunner.run(new ImagePlus("ramp", ramp), "fit", 1, fit, new RunOptions(false, false, null, false),
                () -> false);
        ImagePlus floats = TaskRunner.run(new ImagePlus("ramp", ramp), "fit", 1, fit, new RunOptions(false, false, null, true),
                () -> false);
        assertEquals(ImagePlus.GRAY16, asInput.getType());
        assertEquals(ImagePlus.GRAY32, floats.getType());
        for (int i = 0; i < 120; i++) {
            float v = floats.getProcessor().getf(i);
            assertEquals(Math.round(Math.max(0, Math.min(65535, v))), asInput.getProcessor().get(i), "pixel " + i);
        }
    }

    @Test
    void anEscPressedBeforeTheRunDoesNotCancelItAndEachPlaneSavesItsModel(@TempDir Path tmp) {
        IJ.setKeyDown(KeyEvent.VK_ESCAPE);
        ImagePlus output = TaskRunner.run(twoPlanes(), "fit", 1,
                (k, plane, listener, cancel) -> FitInr.fit(plane, SETTINGS, listener, cancel),
                new RunOptions(false, false, tmp.resolve("planes.inr"), true), () -> false);
        assertEquals(2, output.getStackSize());
        assertEquals("completed", output.getStringProperty("plane_2_status"));
        for (int k = 1; k <= 2; k++) {
            InrModel model = ModelFile.read(tmp.resolve("planes-plane" + k + ".inr")).model();
            float[] plane = (float[]) output.getStack().getProcessor(k).getPixels();
            assertArrayEquals(plane, model.render(model.gridSizes()).data(), "plane " + k);
        }
    }

    @Test
    void aSecondFitOfTheSameImageGetsATitleOfItsOwn() {
        boolean batchMode = Interpreter.batchMode;
        Interpreter.batchMode = true; // shown images are then listed without windows
        List<ImagePlus> shown = new ArrayList<>();
        try {
            PlaneTask fit = (k, plane, listener, cancel) -> FitInr.fit(plane, SETTINGS.toBuilder().iterations(1).build(),
                    listener, cancel);
            for (int run = 0; run < 3; run++) {
                ImagePlus output = TaskRunner.run(new ImagePlus("twice", new FloatProcessor(8, 6)), "fit", 1, fit,
                        new RunOptions(false, false, null, true), () -> false);
                output.show();
                shown.add(output);
            }
        } finally {
            shown.forEach(ImagePlus::close);
            Interpreter.batchMode = batchMode;
        }
        assertEquals(List.of("twice-fit", "twice-fit-1", "twice-fit-2"), shown.stream().map(ImagePlus::getTitle).toList());
    }

    @Test
    void resultsTableStartsWithTheColumnsPeopleReadFirst() {
        TaskRunner.run(twoPlanes(), "fit", 1, (k, plane, listener, cancel) -> FitInr.fit(plane, SETTINGS.toBuilder()
                .iterations(2).build(), listener, cancel), new RunOptions(false, false, null, true), () -> false);
        List<String> headings = List.of(ResultsReport.table().getHeadings());
        assertEquals(List.of("image", "status", "psnr", "ssim", "seconds", "c"), headings.subList(0, 6), headings.toString());
        assertTrue(headings.indexOf("output") < headings.indexOf("width"), headings.toString());
        assertTrue(headings.indexOf("plane") < headings.indexOf("width"), headings.toString());
        assertTrue(headings.indexOf("width") < headings.indexOf("message"), "long text last: " + headings);
    }

    private static ImagePlus twoPlanes() {
        ImageStack stack = new ImageStack(16, 12);
        for (int k = 0; k < 2; k++) {
            float[] pixels = new float[16 * 12];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (float) Math.cos(0.3 * (i % 16) + k) * (i / 16);
            }
            stack.addSlice(new FloatProcessor(16, 12, pixels));
        }
        return new ImagePlus("planes", stack);
    }
}
