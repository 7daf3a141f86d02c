package org.reluinr.testing;

import org.reluinr.core.nn.Activations;
import org.reluinr.core.nn.Mlp;
import org.reluinr.core.nn.MlpSpec;
import org.reluinr.core.nn.Precision;

/** Whether this machine runs the bf16 precisions (AVX-512 BF16 and oneDNN's native library); tests of them depend on it. */
public final class Bf16Support {

    private Bf16Support() {
    }

    public static boolean onThisMachine() {
        try {
            // hidden-to-hidden layers are the ones bf16 multiplies
            new Mlp(new MlpSpec(2, 64, 3, 1, Activations.create("bw_relu", 3, 3, 2)), 4, 0, Precision.of("bf16"));
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }
}
