package org.reluinr.fiji;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.reluinr.api.InrResult;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.ProgressListener;

/** One task applied to one plane through the public API, with its settings already bound. */
@FunctionalInterface
public interface PlaneTask {

    /**
     * @param planeNumber the plane's 1-based position in the input stack (to pick a matching ground truth)
     */
    InrResult run(int planeNumber, RandomAccessibleInterval<? extends RealType<?>> plane, ProgressListener listener,
            Cancellation cancellation);
}
