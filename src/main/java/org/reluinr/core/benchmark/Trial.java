package org.reluinr.core.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.reluinr.core.image.FloatImage;

/**
 * One prepared case on one image with the methods that compete on it. Methods see only the
 * input; the trial times each and scores its result afterwards with the family's scoring.
 *
 * @param shown the images placed before the results in the case's montage (ground truth, and
 *              the input enlarged to the same size where that is meaningful)
 */
public record Trial<I>(String caseName, Family family, String image, FloatImage truth, I input,
        List<FloatImage> shown, List<Method<I>> methods) {

    public Trial {
        shown = List.copyOf(shown);
        methods = List.copyOf(methods);
    }

    public List<Outcome> run(BenchmarkListener listener) {
        listener.trialStarting(this);
        List<Outcome> outcomes = new ArrayList<>();
        for (Method<I> method : methods) {
            long t0 = System.nanoTime();
            FloatImage result = method.reconstruction().apply(input);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            Outcome outcome = new Outcome(caseName, family, image, method.name(), family.scoring().score(truth, result),
                    seconds, result);
            listener.methodDone(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
