package org.reluinr.api;

import java.nio.file.Path;

import net.imglib2.RealInterval;
import net.imglib2.RealPoint;
import net.imglib2.RealRandomAccess;
import net.imglib2.RealRandomAccessible;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.reluinr.core.model.InrModel;
import org.reluinr.core.io.ModelFile;
import org.reluinr.imglib2.ImgLib2Images;

/**
 * One channel of a fitted INR as an ImgLib2 {@link RealRandomAccessible}: sample it at any
 * real position, in pixel units of the grid it was trained on (pixel centres at 0, 1, …).
 *
 * <pre>
 * InrFunction f = InrFunction.load(Path.of("cells.inr"), 0);
 * float v = f.getAt(10.5, 3.5).get();
 * Img&lt;FloatType&gt; twice = f.render(new int[] {511, 511}, f.model().fullExtent());
 * </pre>
 *
 * Each access evaluates the network at one point; to fill a grid, {@link #render} is far
 * faster (it evaluates in batches). The fit constrained the model only at the positions that
 * {@link org.reluinr.core.tasks.FittedPositions} names (the pixels, and half-way between them
 * for the default 2D fit); at a large c, a model sampled elsewhere is not an interpolation of
 * the image.
 */
public final class InrFunction implements RealRandomAccessible<FloatType> {

    private final InrModel model;
    private final int channel;

    public InrFunction(InrModel model, int channel) {
        if (channel < 0 || channel >= model.channels()) {
            throw new IllegalArgumentException("channel " + channel + " of a model with " + model.channels()
                    + " channels");
        }
        this.model = model;
        this.channel = channel;
    }

    /** Reads a model file (saved with model_file). */
    public static InrFunction load(Path file, int channel) {
        return new InrFunction(ModelFile.read(file).model(), channel);
    }

    /** The function of a task's result (see {@link InrResult#task()}). */
    public static InrFunction of(InrResult result, int channel) {
        return new InrFunction(result.task().model(), channel);
    }

    public InrModel model() {
        return model;
    }

    /** All channels sampled on a grid over a region: x, y[, z][, channel] (see {@link InrModel#render(int[], double[][])}). */
    public Img<FloatType> render(int[] sizes, double[][] region) {
        return ImgLib2Images.wrap(model.render(sizes, region));
    }

    @Override
    public int numDimensions() {
        return model.dimensions();
    }

    @Override
    public RealRandomAccess<FloatType> realRandomAccess() {
        return new Access();
    }

    @Override
    public RealRandomAccess<FloatType> realRandomAccess(RealInterval interval) {
        return realRandomAccess();
    }

    @Override
    public FloatType getType() {
        return new FloatType();
    }

    /** A position and its own network buffers (one per thread, as ImgLib2 accesses are). */
    private final class Access extends RealPoint implements RealRandomAccess<FloatType> {

        private final InrModel.Sampler sampler = model.new Sampler(1);
        private final FloatType value = new FloatType();
        private final double[] pixel = new double[model.dimensions()];

        Access() {
            super(model.dimensions());
        }

        @Override
        public FloatType get() {
            localize(pixel);
            value.set(sampler.value(pixel, channel));
            return value;
        }

        @Override
        public Access copy() {
            Access copy = new Access();
            copy.setPosition(this);
            return copy;
        }
    }
}
