package org.reluinr.fiji;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.reluinr.api.InrResult;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.ProgressListener;

/** One task applied to one plane through the public API, with its settings already bound. */
@FunctionalInterface
public interface PlaneTask {

    InrResult run(RandomAccessibleInterval<? extends RealType<?>> plane, ProgressListener listener,
            Cancellation cancellation);
}
