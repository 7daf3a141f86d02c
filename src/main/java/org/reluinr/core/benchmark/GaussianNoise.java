package org.reluinr.core.benchmark;

import java.util.Random;

/** Zero-mean Gaussian noise of a given σ, added to a copy. */
final class GaussianNoise {

    private GaussianNoise() {
    }

    static float[] added(float[] values, double sigma, Random random) {
        float[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += (float) (sigma * random.nextGaussian());
        }
        return out;
    }
}
