package org.reluinr.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.Binner;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandModule;

import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.SuperResolutionTask;

/** Super-Resolution and CT Reconstruction through CommandService, short runs on small images. */
class InverseProblemCommandsTest extends CommandServiceTestBase {

    @Test
    void superResolutionScalesCalibrationAndStartsFromTheTaskDefaults() throws Exception {
        FloatProcessor pattern = new FloatProcessor(24, 20);
        for (int i = 0; i < 24 * 20; i++) {
            pattern.setf(i, (float) Math.sin(0.4 * (i % 24)) * (i / 24));
        }
        ImagePlus truth = new ImagePlus("truth", pattern);
        ImagePlus low = new Binner().shrink(truth, 2, 2, 1, Binner.AVERAGE);
        low.setTitle("low.tif");
        low.getCalibration().pixelWidth = 3;

        CommandModule module = commands.run(SuperResolutionCommand.class, true, "image", low, "scale", 2, "width", 32,
                "iterations", 60, "ground_truth", truth).get();

        ImagePlus result = (ImagePlus) module.getOutput("result");
        assertEquals("low-superres", result.getTitle());
        assertEquals(24, result.getWidth());
        assertEquals(1.5, result.getCalibration().pixelWidth, 1e-12);
        assertEquals(String.valueOf(SuperResolutionTask.defaults().c()), result.getStringProperty("c"),
                "the task's default c");
        assertEquals("2", result.getStringProperty("scale"));
        assertNotNull(result.getStringProperty("bicubic_psnr"));
    }

    @Test
    void ctReconstructionReportsFbpAndRefusesAGroundTruthOfTheWrongSize() throws Exception {
        ImagePlus sinogram = golden("phantom64_sinogram_45angles.tif");
        CommandModule module = commands.run(CtReconstructionCommand.class, true, "image", sinogram, "width", 32,
                "iterations", 20, "ground_truth", golden("phantom64.tif")).get();
        ImagePlus result = (ImagePlus) module.getOutput("result");
        assertEquals("phantom64_sinogram_45angles-ct", result.getTitle());
        assertEquals(64, result.getHeight());
        assertEquals(String.valueOf(CtTask.defaults().learningRate()), result.getStringProperty("learning_rate"),
                "the task's default learning rate");
        assertTrue(Double.parseDouble(result.getStringProperty("fbp_psnr")) > 27, result.getInfoProperty());

        ImagePlus small = new ImagePlus("small", new FloatProcessor(32, 32));
        CommandModule refused = commands.run(CtReconstructionCommand.class, true, "image", sinogram, "iterations", 5,
                "ground_truth", small).get();
        assertTrue(refused.isCanceled());
        assertEquals("the ground truth must be n × n grayscale, n = the sinogram's width (64); got 32×32",
                refused.getCancelReason());
    }

    private static ImagePlus golden(String name) {
        return IJ.openImage(Path.of("src", "test", "resources", "golden", name).toString());
    }
}
