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
    void renderAt2xPutsTheTrainingPixelsOnTheEvenPositions() {
        int w = 12;
        int h = 10;
        float[] d = new float[w * h];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) Math.sin(0.7 * (i % w)) * (i / w);
        }
        TaskResult fit = RepresentationTask.run(new FloatImage(w, h, 1, 1, d),
                FitSettings.builder().width(32).iterations(5).build(), ProgressListener.NONE, new Cancellation());
        FloatImage full = BenchmarkMethods.renderAt2x(fit.model());
        assertEquals(2 * w, full.width());
        assertEquals(2 * h, full.height());
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                assertEquals(fit.reconstruction().data()[j * w + i], full.data()[2 * j * 2 * w + 2 * i], 1e-4,
                        "training pixel " + i + "," + j);
            }
        }
    }
}
