package org.reluinr.core.nn;

/**
 * The architecture of an INR network: {@code hiddenLayers} blocks of Linear → activation of
 * {@code width} neurons, then a Linear output layer with one output per channel.
 */
public record MlpSpec(int inputs, int width, int hiddenLayers, int outputs, Activation activation) {

    public MlpSpec {
        requirePositive("inputs", inputs);
        requirePositive("width", width);
        requirePositive("hidden_layers", hiddenLayers);
        requirePositive("outputs", outputs);
        if (activation == null) {
            throw new IllegalArgumentException("an activation is required");
        }
    }

    private static void requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
    }

    /** Number of trainable scalars. */
    public long parameterCount() {
        long first = (long) width * (inputs + 1);
        long middle = (long) (hiddenLayers - 1) * width * (width + 1);
        long last = (long) outputs * (width + 1);
        return first + middle + last;
    }
}
