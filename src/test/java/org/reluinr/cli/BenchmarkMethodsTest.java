package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.TaskResult;

class BenchmarkMethodsTest {

    @Test
    void renderAtStepSPutsTheTrainingPixelsOnTheMultiplesOfS() {
        int w = 12;
        int h = 10;
        float[] d = new float[w * h];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) Math.sin(0.7 * (i % w)) * (i / w);
        }
        TaskResult fit = RepresentationTask.run(new FloatImage(w, h, 1, 1, d),
                FitSettings.builder().width(32).iterations(5).build(), ProgressListener.NONE, new Cancellation());
        for (int s : new int[] {2, 4}) {
            FloatImage full = BenchmarkMethods.renderAt(fit.model(), s);
            assertEquals(s * w, full.width());
            assertEquals(s * h, full.height());
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < w; i++) {
                    assertEquals(fit.reconstruction().data()[j * w + i], full.data()[s * j * s * w + s * i], 1e-4,
                            "step " + s + ", training pixel " + i + "," + j);
                }
            }
        }
    }
}
