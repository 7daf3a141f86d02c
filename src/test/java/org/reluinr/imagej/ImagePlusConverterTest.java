package org.reluinr.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.reluinr.core.image.FloatImage;

class ImagePlusConverterTest {

    @Test
    void rgbBecomesThreeChannels() {
        ColorProcessor cp = new ColorProcessor(2, 1);
        cp.set(0, 0, (10 << 16) | (20 << 8) | 30);
        cp.set(1, 0, (255 << 16) | (0 << 8) | 7);
        FloatImage image = ImagePlusConverter.toFloatImage(new ImagePlus("rgb", cp));
        assertEquals(3, image.channels());
        assertArrayEquals(new float[] {10, 255, 20, 0, 30, 7}, image.data());
    }

    @Test
    void sixteenBitKeepsItsValuesAndFloatOutputKeepsChannelsAsPlanes() {
        ShortProcessor sp = new ShortProcessor(2, 2);
        sp.set(0, 0, 65535);
        sp.set(1, 1, 1000);
        FloatImage image = ImagePlusConverter.toFloatImage(new ImagePlus("16", sp));
        assertArrayEquals(new float[] {65535, 0, 0, 1000}, image.data());

        FloatImage two = new FloatImage(2, 1, 1, 2, new float[] {1, 2, 3, 4});
        ImagePlus out = ImagePlusConverter.toFloatImagePlus(two, "out");
        assertEquals(2, out.getNChannels());
        assertEquals(ImagePlus.GRAY32, out.getType());
        assertArrayEquals(new float[] {3, 4}, (float[]) out.getStack().getPixels(2));
    }
}
