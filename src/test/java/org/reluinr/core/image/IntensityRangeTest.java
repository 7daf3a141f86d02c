package org.reluinr.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class IntensityRangeTest {

    @Test
    void eachChannelMapsToUnitRangeAndBack() {
        float[] data = {10, 20, 30, 40, -1, -3, -2, -5};
        FloatImage image = new FloatImage(2, 2, 1, 2, data.clone());
        IntensityRange range = IntensityRange.of(image);
        FloatImage unit = range.normalise(image);
        assertArrayEquals(new float[] {0, 1f / 3, 2f / 3, 1, 1, 0.5f, 0.75f, 0}, unit.data(), 1e-6f);
        assertArrayEquals(data, range.denormalise(unit).data(), 1e-5f);
        assertArrayEquals(data, image.data(), "input untouched");
    }

    @Test
    void constantChannelMapsToZeroAndBack() {
        FloatImage image = new FloatImage(3, 1, 1, 1, new float[] {7, 7, 7});
        IntensityRange range = IntensityRange.of(image);
        assertArrayEquals(new float[] {0, 0, 0}, range.normalise(image).data());
        assertArrayEquals(new float[] {7, 7, 7}, range.denormalise(range.normalise(image)).data());
    }
}
