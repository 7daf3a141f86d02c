package org.reluinr.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.IndexColorModel;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.reluinr.core.image.FloatImage;
import org.reluinr.imglib2.ImgLib2Images;

class ImagePlusImgsTest {

    @Test
    void indexedColourMeansItsColoursAndGrayStaysOneChannel() {
        // a GIF-like palette: unrelated colours for neighbouring indices
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) random.nextInt(256);
            g[i] = (byte) random.nextInt(256);
            b[i] = (byte) random.nextInt(256);
        }
        r[1] = (byte) 200;
        g[1] = 10;
        b[1] = 0;
        r[2] = 0;
        g[2] = 0;
        b[2] = (byte) 255;
        ByteProcessor indexed = new ByteProcessor(2, 1, new byte[] {1, 2}, new IndexColorModel(8, 256, r, g, b));
        RandomAccessibleInterval<? extends RealType<?>> view = ImagePlusImgs.wrap(indexed);
        FloatImage colours = ImgLib2Images.toFloatImage(view);
        assertEquals(3, colours.channels());
        assertArrayEquals(new float[] {200, 0, 10, 0, 0, 255}, colours.data());
        assertArrayEquals(new byte[] {1, 2}, (byte[]) indexed.getPixels(), "the input is left as it is");

        FloatImage gray = ImgLib2Images.toFloatImage(ImagePlusImgs.wrap(new ByteProcessor(2, 1, new byte[] {1, 2})));
        assertEquals(1, gray.channels());
        assertArrayEquals(new float[] {1, 2}, gray.data());
    }
}
