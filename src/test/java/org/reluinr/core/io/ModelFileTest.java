package org.reluinr.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.TaskResult;
import org.reluinr.core.operators.ProjectionAngles;
import org.reluinr.core.operators.RadonOperator;
import org.reluinr.core.operators.SupportCircle;

/** Saving, loading and rendering fitted models. */
class ModelFileTest {

    @TempDir
    Path tmp;

    static FloatImage pattern(int w, int h, int channels) {
        float[] data = new float[w * h * channels];
        for (int ch = 0; ch < channels; ch++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    data[(ch * h + y) * w + x] = (float) (100 + 50 * Math.sin(0.4 * x + ch) * Math.cos(0.3 * y));
                }
            }
        }
        return new FloatImage(w, h, 1, channels, data);
    }

    static TaskResult smallFit(FloatImage image, String activation) {
        FitSettings settings = FitSettings.builder().width(16).hiddenLayers(2).iterations(30).activation(activation)
                .build();
        return RepresentationTask.run(image, settings, ProgressListener.NONE, new Cancellation());
    }

    @Test
    void renderingTheLoadedModelAtTheTrainingSizeReproducesTheFitExactly() throws Exception {
        for (String activation : new String[] {"bw_relu", "relu_pe", "wire"}) {
            TaskResult fit = smallFit(pattern(13, 9, 2), activation);
            Path file = tmp.resolve(activation + ".inr");
            ModelFile.write(file, fit.model(), fit.metrics());
            ModelFile.Loaded loaded = ModelFile.read(file);
            assertEquals("fit", loaded.model().task());
            assertEquals(fit.settings().asMap(), loaded.model().settings().asMap());
            assertEquals(fit.metrics().get("psnr"), loaded.metrics().get("psnr"));
            FloatImage rendered = loaded.model().render(13, 9);
            assertArrayEquals(fit.reconstruction().data(), rendered.data(), activation);
        }
    }

    @Test
    void ctModelKeepsTheSinogramScale() throws Exception {
        int n = 16;
        double[] angles = ProjectionAngles.evenlySpaced(12, 180);
        RadonOperator radon = new RadonOperator(n, angles);
        float[] sinogram = new float[radon.rangeSize()];
        radon.apply(pattern(n, n, 1).data(), sinogram);
        FitSettings settings = FitSettings.builder().width(16).hiddenLayers(2).iterations(20).build();
        TaskResult ct = CtTask.run(new FloatImage(n, 12, 1, 1, sinogram), angles, settings, null, ProgressListener.NONE,
                new Cancellation());
        Path file = tmp.resolve("ct.inr");
        ModelFile.write(file, ct.model(), ct.metrics());
        // the result is zero outside the circle the projections measure; the model renders the whole square
        assertArrayEquals(ct.reconstruction().data(), SupportCircle.mask(ModelFile.read(file).model().render(n, n).data(), n));
    }

    @Test
    void denserRenderingPassesThroughTheTrainingPixels() {
        TaskResult fit = smallFit(pattern(9, 7, 1), "bw_relu");
        FloatImage dense = fit.model().render(17, 13);
        FloatImage pixels = fit.reconstruction();
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 9; x++) {
                assertEquals(pixels.data()[y * 9 + x], dense.data()[2 * y * 17 + 2 * x], 1e-4,
                        "pixel (" + x + ", " + y + ") is sample (" + 2 * x + ", " + 2 * y + ")");
            }
        }
        // A region of the right half, in training pixel units, at the training density.
        FloatImage half = fit.model().render(new int[] {5, 7}, new double[][] {{4, 8}, {0, 6}});
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 5; x++) {
                assertEquals(pixels.data()[y * 9 + 4 + x], half.data()[y * 5 + x], 1e-4);
            }
        }
        InrModel.Sampler sampler = fit.model().new Sampler(1);
        assertEquals(pixels.data()[3 * 9 + 5], sampler.value(new double[] {5, 3}, 0), 1e-4);
    }

    @Test
    void clearErrorsForFilesThatAreNotModels() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.inr"), "hello");
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelFile.read(text));
        assertTrue(e.getMessage().contains("not a ReLU-INR model"), e.getMessage());
        assertThrows(InvalidModelException.class, () -> ModelFile.read(tmp.resolve("missing.inr")));

        TaskResult fit = smallFit(pattern(8, 8, 1), "bw_relu");
        Path file = tmp.resolve("m.inr");
        ModelFile.write(file, fit.model(), fit.metrics());
        String header = ModelFiles.header(file);
        Path newer = ModelFiles.withHeader(tmp.resolve("newer.inr"), file,
                header.replace("\"format_version\": 1", "\"format_version\": 2"));
        assertTrue(assertThrows(InvalidModelException.class, () -> ModelFile.read(newer)).getMessage()
                .contains("newer than this ReLU-INR reads"));
        Path huge = ModelFiles.withHeader(tmp.resolve("huge.inr"), file,
                header.replace("\"width\": 16", "\"width\": 4096").replace("\"hidden_layers\": 2", "\"hidden_layers\": 64"));
        assertTrue(assertThrows(InvalidModelException.class, () -> ModelFile.read(huge)).getMessage()
                .contains("parameters, more than"));
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(tmp.resolve("cut.inr"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(InvalidModelException.class, () -> ModelFile.read(truncated));
    }
}
