package org.reluinr.fiji;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

/** A direct (non-learned) operation on one plane through the public API, parameters bound. */
@FunctionalInterface
public interface PlaneTransform {

    Img<FloatType> apply(RandomAccessibleInterval<? extends RealType<?>> plane);
}
