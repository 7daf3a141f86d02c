package org.reluinr.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.ImagePlus;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

/** Fit INR saving its model, then Render INR Model, through CommandService. */
class RenderModelCommandTest extends CommandServiceTestBase {

    @TempDir
    Path tmp;

    @Test
    void savedModelRendersTheFitAndAHalfRegion() throws Exception {
        FloatProcessor pattern = new FloatProcessor(12, 10);
        for (int i = 0; i < 120; i++) {
            pattern.setf(i, (float) Math.sin(0.5 * (i % 12)) * (i / 12));
        }
        Path model = tmp.resolve("p.inr");
        CommandModule fit = commands.run(FitInrCommand.class, true, "image", new ImagePlus("p.tif", pattern), "width",
                16, "iterations", 20, "model_file", model.toFile()).get();
        ImagePlus fitted = (ImagePlus) fit.getOutput("result");
        assertEquals(model.toString(), fitted.getStringProperty("model_file"));

        CommandModule same = commands.run(RenderModelCommand.class, true, "model_file", model.toFile()).get();
        ImagePlus rendered = (ImagePlus) same.getOutput("result");
        assertEquals("p-render", rendered.getTitle());
        assertArrayEquals((float[]) fitted.getProcessor().getPixels(), (float[]) rendered.getProcessor().getPixels());

        CommandModule half = commands.run(RenderModelCommand.class, true, "model_file", model.toFile(), "width", 23,
                "region", "0,0,11,9").get();
        ImagePlus dense = (ImagePlus) half.getOutput("result");
        assertEquals(23, dense.getWidth());
        assertEquals(0.5, dense.getCalibration().pixelWidth, 1e-12);
        assertEquals(fitted.getProcessor().getf(5, 4), dense.getProcessor().getf(10, 4), 1e-4);
        assertFalse(dense.getInfoProperty().contains("warning"), dense.getInfoProperty());

        CommandModule quarter = commands.run(RenderModelCommand.class, true, "model_file", model.toFile(), "width", 45,
                "region", "0,0,11,9").get();
        String info = ((ImagePlus) quarter.getOutput("result")).getInfoProperty();
        assertTrue(info.contains("warning") && info.contains("along x this render samples the model between"), info);

        Path junk = Files.writeString(tmp.resolve("junk.inr"), "junk");
        CommandModule refused = commands.run(RenderModelCommand.class, true, "model_file", junk.toFile()).get();
        assertTrue(refused.isCanceled());
        assertTrue(refused.getCancelReason().contains("not a ReLU-INR model"), refused.getCancelReason());
    }
}
