package org.reluinr.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.imglib2.RealRandomAccess;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.model.VoxelSize;

/** The fitted model as an ImgLib2 RealRandomAccessible. */
class InrFunctionTest {

    @Test
    void samplesAtPixelCentresMatchTheFitAndRenderingAgreesWithSampling() {
        float[] data = new float[12 * 10];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) Math.sin(0.3 * (i % 12)) + 0.1f * (i / 12);
        }
        InrResult fit = FitInr.fit(ArrayImgs.floats(data, 12, 10),
                FitSettings.builder().width(16).hiddenLayers(2).iterations(20).build());
        InrFunction f = InrFunction.of(fit, 0);
        assertEquals(2, f.numDimensions());
        RealRandomAccess<FloatType> access = f.realRandomAccess();
        float[] fitted = fit.task().reconstruction().data();
        for (int y = 0; y < 10; y += 3) {
            for (int x = 0; x < 12; x += 5) {
                access.setPosition(new double[] {x, y});
                assertEquals(fitted[y * 12 + x], access.get().get(), 1e-4, "(" + x + ", " + y + ")");
            }
        }
        access.setPosition(new double[] {4.5, 2.25});
        RealRandomAccess<FloatType> copy = access.copy();
        assertEquals(4.5, copy.getDoublePosition(0));
        Img<FloatType> render = f.render(new int[] {1, 1}, new double[][] {{4.5, 4.5}, {2.25, 2.25}});
        assertEquals(render.firstElement().get(), copy.get().get(), 1e-5);
        assertEquals(access.get().get(), f.getAt(4.5, 2.25).get(), 0f);
    }

    @Test
    void aVolumeFitIsAThreeDimensionalFunction() {
        float[] data = new float[10 * 8 * 4];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) Math.cos(0.2 * (i % 10)) + 0.3f * (i / 80);
        }
        InrResult fit = FitInr.fitVolume(ArrayImgs.floats(data, 10, 8, 4), new VoxelSize(new double[] {1, 1, 3}, "um"),
                FitSettings.builder().width(16).hiddenLayers(2).iterations(20).build(), ProgressListener.NONE,
                new Cancellation());
        assertArrayEquals(new long[] {10, 8, 4}, fit.image().dimensionsAsLongArray());
        InrFunction f = InrFunction.of(fit, 0);
        assertEquals(3, f.numDimensions());
        float[] fitted = fit.task().reconstruction().data();
        assertEquals(fitted[2 * 80 + 3 * 10 + 7], f.getAt(7, 3, 2).get(), 1e-4);
        assertEquals(3, f.render(new int[] {10, 8, 7}, f.model().fullExtent()).numDimensions());
    }
}
