package org.reluinr.core.fit;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.nn.ParameterTensor;
import org.reluinr.core.nn.PathNorm;

/**
 * Fits an INR to a {@link FitProblem}: full-batch Adam on the data loss (or passes of
 * mini-batches, judged by their own loss: {@link TrainingStep#judge()}), with the learning
 * rate decaying to a tenth over the run. It keeps the parameters with the lowest loss seen
 * or, when the problem holds measurements out, the ones that predict those best (early
 * stopping without a ground truth); it stops on cancel or on a non-finite loss and always
 * returns the best network's output. It knows nothing about which task it serves: that is
 * the operator's business.
 */
public final class Trainer {

    private Trainer() {
    }

    public static FitResult fit(FitProblem problem, FitSettings settings, ProgressListener listener,
            Cancellation cancellation) {
        return fit(problem, settings, null, listener, cancellation);
    }

    /**
     * @param initial parameters to start from (a warm start, e.g. a network fitted to a classical
     *     reconstruction, tensor by tensor as {@link FitResult#parameters()}), or null for the
     *     seeded initialisation
     */
    public static FitResult fit(FitProblem problem, FitSettings settings, float[][] initial, ProgressListener listener,
            Cancellation cancellation) {
        // Every task and front door trains here: refuse what cannot fit before allocating anything large.
        TrainingBudget budget = TrainingBudget.of(problem, settings);
        budget.requireWithin(TrainingBudget.MemoryLimits.ofThisJvm());
        TrainingStep step = new TrainingStep(problem, settings);
        if (initial != null) {
            restore(initial, step.parameters());
        }
        HeldOutMeasurements heldOut = problem.heldOut();
        listener.onStart(step.plan() + "; " + budget.describe());
        List<ParameterTensor> parameters = step.parameters();
        int total = settings.iterations();
        double[] lossHistory = new double[total];
        double[] psnrHistory = new double[total];
        double[] heldOutHistory = new double[total];

        float[][] best = snapshot(parameters);
        double bestLoss = Double.POSITIVE_INFINITY;
        double bestScore = Double.POSITIVE_INFINITY;
        double bestHeldOut = Double.NaN;
        int bestIteration = 0;
        FitStatus status = FitStatus.COMPLETED;
        String message = "completed " + total + " iterations";
        // done counts iterations (Adam updates): the loop evaluates the network after done of them.
        int done = 0;
        int evaluated = 0;
        int[] gridSizes = problem.grid().sizes();
        Supplier<float[]> currentOutput = () -> step.output().clone();
        long start = System.nanoTime();

        while (done < total) {
            if (cancellation.isRequested()) {
                status = FitStatus.CANCELLED;
                message = "cancelled after " + done + " iterations; the result is the best network so far";
                break;
            }
            double value = step.judge();
            if (!Double.isFinite(value)) {
                status = FitStatus.DIVERGED;
                message = "diverged at iteration " + (done + 1) + " (loss " + value
                        + "); the result is the best network so far; try a smaller learning_rate";
                break;
            }
            heldOutHistory[done] = heldOut == null ? Double.NaN : heldOut.error(step.output());
            double score = heldOut == null ? value : heldOutHistory[done];
            if (score < bestScore) {
                bestScore = score;
                bestLoss = value;
                bestHeldOut = heldOutHistory[done];
                bestIteration = done;
                copy(parameters, best);
            }
            lossHistory[done] = value;
            psnrHistory[done] = problem.reference() == null ? Double.NaN : Psnr.of(problem.reference(), step.output(),
                    problem.referencePeak());
            evaluated = done + 1;
            double rate = evaluated / ((System.nanoTime() - start) * 1e-9);
            listener.onProgress(new Progress(evaluated, total, value, psnrHistory[done], rate));
            listener.onOutput(gridSizes, currentOutput);
            if (value <= settings.stopLoss()) {
                status = FitStatus.REACHED_STOP_LOSS;
                message = String.format("reached stop_loss %.3g after %d iterations", settings.stopLoss(), done);
                break;
            }
            step.update(done);
            done++;
        }
        if (status == FitStatus.COMPLETED) {
            double last = step.evaluate();
            double lastHeldOut = heldOut == null ? Double.NaN : heldOut.error(step.output());
            if ((heldOut == null ? last : lastHeldOut) < bestScore) {
                bestLoss = last;
                bestHeldOut = lastHeldOut;
                bestIteration = total;
                copy(parameters, best);
            }
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        restore(best, parameters);
        step.evaluate();
        return new FitResult(step.output().clone(), status, message, bestLoss, bestIteration, done,
                Arrays.copyOf(lossHistory, evaluated), Arrays.copyOf(psnrHistory, evaluated), seconds, best,
                PathNorm.of(step.network().spec(), best), bestHeldOut, Arrays.copyOf(heldOutHistory, evaluated));
    }

    private static float[][] snapshot(List<ParameterTensor> parameters) {
        float[][] s = new float[parameters.size()][];
        for (int i = 0; i < s.length; i++) {
            s[i] = parameters.get(i).values().clone();
        }
        return s;
    }

    private static void copy(List<ParameterTensor> from, float[][] to) {
        for (int i = 0; i < to.length; i++) {
            System.arraycopy(from.get(i).values(), 0, to[i], 0, to[i].length);
        }
    }

    private static void restore(float[][] from, List<ParameterTensor> to) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to.get(i).values(), 0, from[i].length);
        }
    }
}
