package org.reluinr.core.nn;

import java.util.List;
import java.util.stream.Stream;

/**
 * The arithmetic of the network's training GEMMs. The products between hidden layers are the
 * bulk of an iteration's work (six of them for the paper's network). Rounded to bfloat16
 * (8 significant bits), their operands are multiplied by oneDNN's bf16 kernels into float
 * results; everything else (activations, bias sums, the loss, Adam) stays in float.
 */
public enum Precision {
    /** Every product in float. */
    FP32("fp32"),
    /** The backward products (gradients) in bfloat16, the forward pass in float: the loss and the fit are exact. */
    BF16_BACKWARD("bf16_backward"),
    /** The forward products too: fastest, but the network's output carries bfloat16 rounding. */
    BF16("bf16");

    /** The keys users type, in order. */
    public static final List<String> KEYS = Stream.of(values()).map(Precision::key).toList();

    private final String key;

    Precision(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The precision with this key, one of {@link #KEYS}. */
    public static Precision of(String key) {
        for (Precision p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("precision must be one of " + String.join(", ", KEYS) + ", got '" + key + "'");
    }
}
