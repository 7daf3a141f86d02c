package org.reluinr.core.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * The architecture of an INR network: {@code hiddenLayers} blocks of Linear → activation of
 * {@code width} neurons (with {@code linearLayers}, Linear → activation → Linear, as in the
 * paper's analysis), then a Linear output layer with one output per channel. With
 * {@code learnScale} the activation's scale (BW-ReLU's c) is trained with the weights.
 *
 * <p>A {@linkplain Activation#complex() complex} activation (WIRE) has ⌊width/√2⌋ complex
 * neurons, so that its parameter count matches a real network of the same width; each takes
 * two device columns (re, im). The first layer reads the real coordinates and the output
 * layer returns the real part.
 */
public record MlpSpec(int inputs, int width, int hiddenLayers, int outputs, Activation activation,
        boolean linearLayers, boolean learnScale) {

    /**
     * One dense layer: its device matrix is outputs × inputs (a complex value takes two of
     * them); activated layers feed the activation.
     */
    public record Layer(int inputs, int outputs, boolean activated, boolean complexInputs, boolean complexOutputs) {
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

    /** Columns a hidden layer takes on the device: its width, or two per complex neuron. */
    public int deviceWidth() {
        return activation.complex() ? Math.toIntExact(2L * Math.max(1, (int) (width / Math.sqrt(2)))) : width;
    }

    /** The dense layers in order, the output layer last. */
    public List<Layer> layers() {
        boolean complex = activation.complex();
        int hidden = deviceWidth();
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < hiddenLayers; l++) {
            layers.add(new Layer(l == 0 ? inputs : hidden, hidden, true, l > 0 && complex, complex));
            if (linearLayers) {
                layers.add(new Layer(hidden, hidden, false, complex, complex));
            }
        }
        layers.add(new Layer(hidden, outputs, false, complex, false));
        return layers;
    }

    /** Bytes of native buffers the network needs per coordinate of a batch (activations and gradients). */
    public long bytesPerRow() {
        long floats = inputs + outputs + 2L * deviceWidth();
        for (Layer layer : layers()) {
            floats += (layer.activated() ? 2L : 1L) * layer.outputs();
        }
        return 4 * floats;
    }

    /** A trainable tensor's name and number of values. */
    public record Tensor(String name, int size) {
    }

    /** The trainable tensors in the order of {@link Mlp#parameters()}: weight and bias of each layer, then c. */
    public List<Tensor> tensors() {
        List<Tensor> tensors = new ArrayList<>();
        List<Layer> layers = layers();
        for (int l = 0; l < layers.size(); l++) {
            String name = l == layers.size() - 1 ? "output" : "layer" + l;
            tensors.add(new Tensor(name + ".weight", WeightLayout.weightCount(layers.get(l))));
            tensors.add(new Tensor(name + ".bias", WeightLayout.biasCount(layers.get(l))));
        }
        if (learnScale) {
            tensors.add(new Tensor("c", 1));
        }
        return tensors;
    }

    /**
     * Number of trainable scalars: the sizes of {@link #tensors()}, counted in long arithmetic
     * so that a network too large to build still has a count.
     *
     * @throws ArithmeticException when even a long cannot hold it
     */
    public long parameterCount() {
        long count = learnScale ? 1 : 0;
        for (Layer layer : layers()) {
            count = Math.addExact(count, Math.addExact(WeightLayout.weights(layer), WeightLayout.biasCount(layer)));
        }
        return count;
    }

    /**
     * The values of each layer's device matrix (outputs × inputs; for real layers its
     * weights), in long arithmetic: the GEMMs' operands and what a layer keeps in native memory.
     */
    public long deviceWeightCount() {
        long count = 0;
        for (Layer layer : layers()) {
            count = Math.addExact(count, (long) layer.outputs() * layer.inputs());
        }
        return count;
    }
}
