package org.reluinr.core.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * The architecture of an INR network: {@code hiddenLayers} blocks of Linear → activation of
 * {@code width} neurons (with {@code linearLayers}, Linear → activation → Linear, as in the
 * paper's analysis), then a Linear output layer with one output per channel. With
 * {@code learnScale} the activation's scale (BW-ReLU's c) is trained with the weights.
 */
public record MlpSpec(int inputs, int width, int hiddenLayers, int outputs, Activation activation,
        boolean linearLayers, boolean learnScale) {

    /** One dense layer: its weight matrix is outputs × inputs; activated layers feed the activation. */
    public record Layer(int inputs, int outputs, boolean activated) {
    }

    public MlpSpec {
        requirePositive("inputs", inputs);
        requirePositive("width", width);
        requirePositive("hidden_layers", hiddenLayers);
        requirePositive("outputs", outputs);
        if (activation == null) {
            throw new IllegalArgumentException("an activation is required");
        }
        if (learnScale && !activation.hasLearnableScale()) {
            throw new IllegalArgumentException("learn_c needs the bw_relu activation, not " + activation.name());
        }
    }

    public MlpSpec(int inputs, int width, int hiddenLayers, int outputs, Activation activation) {
        this(inputs, width, hiddenLayers, outputs, activation, false, false);
    }

    public MlpSpec(int inputs, int width, int hiddenLayers, int outputs, Activation activation,
            boolean linearLayers) {
        this(inputs, width, hiddenLayers, outputs, activation, linearLayers, false);
    }

    private static void requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
    }

    /** The dense layers in order, the output layer last. */
    public List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < hiddenLayers; l++) {
            layers.add(new Layer(l == 0 ? inputs : width, width, true));
            if (linearLayers) {
                layers.add(new Layer(width, width, false));
            }
        }
        layers.add(new Layer(width, outputs, false));
        return layers;
    }

    /** Bytes of native buffers the network needs per coordinate of a batch (activations and gradients). */
    public long bytesPerRow() {
        long floats = inputs + outputs + 2L * width;
        for (Layer layer : layers()) {
            floats += (layer.activated() ? 2L : 1L) * layer.outputs();
        }
        return 4 * floats;
    }

    /** Number of trainable scalars. */
    public long parameterCount() {
        long count = 0;
        for (Layer layer : layers()) {
            count += (long) layer.outputs() * (layer.inputs() + 1);
        }
        return learnScale ? count + 1 : count;
    }
}
