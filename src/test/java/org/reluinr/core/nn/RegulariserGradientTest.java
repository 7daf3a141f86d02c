package org.reluinr.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegulariserGradientTest {

    /**
     * ∂(path norm)/∂θ against central differences. The path norm is smooth wherever no
     * row or column norm is zero (true for random weights); it is evaluated in double from
     * float weights, so with h = 1e-3 the difference quotient is good to about 1e-4.
     */
    @Test
    void pathNormGradientMatchesFiniteDifferences() {
        MlpSpec spec = new MlpSpec(2, 5, 3, 2, new BwRelu(2.5f), true);
        Mlp mlp = new Mlp(spec, 1, 9);
        List<ParameterTensor> tensors = mlp.parameters();
        for (ParameterTensor t : tensors) {
            java.util.Arrays.fill(t.gradient(), 0f);
        }
        double weight = 0.7;
        PathNorm.addGradient(mlp, weight);
        double h = 1e-3;
        int checked = 0;
        for (ParameterTensor t : tensors) {
            float[] w = t.values();
            for (int i = 0; i < w.length; i++) {
                float original = w[i];
                w[i] = (float) (original + h);
                double plus = PathNorm.of(mlp);
                w[i] = (float) (original - h);
                double minus = PathNorm.of(mlp);
                w[i] = original;
                double fd = weight * (plus - minus) / ((double) (float) (original + h) - (float) (original - h));
                assertEquals(fd, t.gradient()[i], 1e-4 + 1e-3 * Math.abs(fd), t.name() + "[" + i + "]");
                checked++;
            }
        }
        assertEquals(spec.parameterCount(), checked);
    }

    /** With a zero data gradient, Adam's first step with decay moves each weight by lr against its sign. */
    @Test
    void weightDecayEntersAdamAsTheGradientOfHalfTheSquaredNorm() {
        ParameterTensor p = new ParameterTensor(new MlpSpec.Tensor("p", 3));
        float[] start = {0.5f, -2f, 0.25f};
        System.arraycopy(start, 0, p.values(), 0, 3);
        new Adam(List.of(p), 0.1).step(0.01);
        for (int i = 0; i < 3; i++) {
            assertEquals(start[i] - 0.01 * Math.signum(start[i]), p.values()[i], 1e-6);
        }
        ParameterTensor q = new ParameterTensor(new MlpSpec.Tensor("q", 3));
        System.arraycopy(start, 0, q.values(), 0, 3);
        new Adam(List.of(q), 0).step(0.01);
        for (int i = 0; i < 3; i++) {
            assertEquals(start[i], q.values()[i], 0f, "no decay, no gradient, no move");
        }
    }
}
