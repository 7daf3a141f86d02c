package org.reluinr.core.nn;

import java.util.List;

/**
 * Full-batch Adam with PyTorch's bias correction, updating parameter tensors in place.
 * Weight decay is coupled as in PyTorch's Adam: g ← g + decay · θ before the moments.
 */
public final class Adam {

    private final List<ParameterTensor> parameters;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final float weightDecay;
    private final float[][] firstMoment;
    private final float[][] secondMoment;
    private int step;

    public Adam(List<ParameterTensor> parameters, double weightDecay) {
        this(parameters, 0.9f, 0.999f, 1e-8f, (float) weightDecay);
    }

    public Adam(List<ParameterTensor> parameters, float beta1, float beta2, float epsilon, float weightDecay) {
        this.parameters = parameters;
        this.weightDecay = weightDecay;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.firstMoment = new float[parameters.size()][];
        this.secondMoment = new float[parameters.size()][];
        for (int i = 0; i < parameters.size(); i++) {
            firstMoment[i] = new float[parameters.get(i).size()];
            secondMoment[i] = new float[parameters.get(i).size()];
        }
    }

    /** One update with the gradients currently stored in the tensors. */
    public void step(double learningRate) {
        step++;
        double correction1 = 1 - Math.pow(beta1, step);
        double correction2 = 1 - Math.pow(beta2, step);
        float stepSize = (float) (learningRate / correction1);
        float rootCorrection2 = (float) Math.sqrt(correction2);
        for (int t = 0; t < parameters.size(); t++) {
            float[] w = parameters.get(t).values();
            float[] g = parameters.get(t).gradient();
            float[] m = firstMoment[t];
            float[] v = secondMoment[t];
            for (int i = 0; i < w.length; i++) {
                float gi = g[i] + weightDecay * w[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                w[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) / rootCorrection2 + epsilon);
            }
        }
    }
}
