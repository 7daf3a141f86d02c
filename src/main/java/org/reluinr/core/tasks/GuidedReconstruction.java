package org.reluinr.core.tasks;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.reluinr.core.classical.HeldOutChoice;
import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitProblem;
import org.reluinr.core.fit.FitResult;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.fit.HeldOutMeasurements;
import org.reluinr.core.fit.PhasedProgress;
import org.reluinr.core.fit.ProgressListener;
import org.reluinr.core.fit.Trainer;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.operators.IdentityOperator;
import org.reluinr.core.operators.LinearOperator;
import org.reluinr.core.operators.MeasurementSplit;

/**
 * How an inverse problem is solved when tv_weight is auto: the INR starts from the strongest
 * classical reconstruction and is judged against it on measurements that neither has seen.
 * <ol>
 * <li>Classical: per channel, the task's classical reconstruction whose choices (the method,
 * the TV weight λ) were made on held-out measurements ({@link ClassicalStart}); its held-out
 * error is the bar.</li>
 * <li>Validation: the network is fitted to the classical reconstruction from the kept
 * measurements, then trained on the kept measurements with the same prior; the iteration t*
 * that predicts the held-out measurements best is kept, and its error is the INR's, comparable
 * with the classical one's (neither has seen those measurements).</li>
 * <li>Final: the network is moved onto the classical reconstruction from all measurements and
 * trained t* iterations on all of them (λ for all, as the classical final reconstruction uses),
 * so no measurement is wasted and the number of refining steps is the one the held-out data
 * chose.</li>
 * </ol>
 * The ground truth is never read here: the reference only feeds the PSNR shown in progress.
 */
final class GuidedReconstruction {

    /** Iterations of the first warm start (a plain image fit, so it converges quickly). */
    static final int WARM_START_ITERATIONS = 300;
    /** Iterations that move the validated network onto the TV reconstruction from all measurements. */
    static final int REANCHOR_ITERATIONS = 100;
    /** The warm start's learning rate: the representation task's own. */
    static final double WARM_START_LEARNING_RATE = 3e-3;
    /**
     * The re-anchoring's: a tenth of the warm start's, since the validated network is already
     * close to the new target (at the warm start's rate the restarted optimiser throws it off and
     * 100 iterations do not recover: 4× super-resolution of the 256² cameraman ended 0.3 dB and
     * 0.10 SSIM below its start).
     */
    static final double REANCHOR_LEARNING_RATE = 3e-4;

    /** A channel's classical reconstruction, its choices made on the problem's held-out split. */
    @FunctionalInterface
    interface ClassicalStart {
        HeldOutChoice reconstruct(float[] channelMeasurements);
    }

    /**
     * An inverse problem on a 2D grid.
     *
     * @param operator the forward model of one channel, in the metric the fit uses
     * @param measurements channel-planar, in that metric
     * @param split kept / held-out measurements of one channel (null when tv_weight is a number)
     * @param classical the classical reconstruction the network starts from (unused when tv_weight is a number)
     * @param reference the true image for progress only, or null
     */
    record Problem(CoordinateGrid grid, int channels, LinearOperator operator, float[] measurements,
            MeasurementSplit split, ClassicalStart classical, float[] reference, double referencePeak) {
    }

    /**
     * @param fit the final fit, with the iterations, histories and time of every phase (the TV
     *     reconstruction's time not included)
     * @param classical the classical reconstruction from all measurements, channel-planar
     * @param classicalMethod the classical method chosen (channels' choices joined by "/" when they differ)
     * @param weight the TV weight used for all measurements (mean over channels)
     * @param heldOutError the guided fit's held-out error
     * @param classicalHeldOutError the classical reconstruction's, from the same kept measurements
     */
    record Outcome(FitResult fit, float[] classical, String classicalMethod, double weight, double heldOutError,
            double classicalHeldOutError) {
    }

    /**
     * @param fit the network's fit
     * @param used the settings it ran with (tv_weight as chosen when auto)
     * @param guided the guided run's outcome, or null for a plain fit
     */
    record Solution(FitResult fit, FitSettings used, Outcome guided) {
    }

    private GuidedReconstruction() {
    }

    /** Fits an inverse problem: guided when tv_weight is auto, otherwise a plain fit of the measurements. */
    static Solution solve(Problem p, FitSettings settings, ProgressListener listener, Cancellation cancellation) {
        if (!settings.tvWeightAuto()) {
            FitProblem all = new FitProblem(p.grid(), p.channels(), p.operator(), p.measurements(), p.reference(),
                    p.referencePeak());
            return new Solution(Trainer.fit(all, settings, listener, cancellation), settings, null);
        }
        Outcome guided = run(p, settings, listener, cancellation);
        return new Solution(guided.fit(), settings.toBuilder().tvWeight(guided.weight()).build(), guided);
    }

    private static Outcome run(Problem p, FitSettings settings, ProgressListener listener, Cancellation cancellation) {
        int points = p.grid().points();
        int m = p.operator().rangeSize();
        int channels = p.channels();
        MeasurementSplit split = p.split();
        float[] fromKept = new float[channels * points];
        float[] classical = new float[channels * points];
        float[] kept = new float[channels * split.kept().length];
        float[] held = new float[channels * split.heldOut().length];
        Set<String> methods = new LinkedHashSet<>();
        double keptWeight = 0;
        double allWeight = 0;
        double classicalError = 0;
        listener.onStart("classical reconstruction, chosen on " + split.heldOut().length
                + " held-out measurements per channel");
        PhasedProgress progress = new PhasedProgress(listener, plannedIterations(settings));
        for (int ch = 0; ch < channels; ch++) {
            float[] y = Arrays.copyOfRange(p.measurements(), ch * m, (ch + 1) * m);
            HeldOutChoice choice = p.classical().reconstruct(y);
            System.arraycopy(choice.keptReconstruction(), 0, fromKept, ch * points, points);
            System.arraycopy(choice.reconstruction(), 0, classical, ch * points, points);
            System.arraycopy(split.keptValues(y), 0, kept, ch * split.kept().length, split.kept().length);
            System.arraycopy(split.heldOutValues(y), 0, held, ch * split.heldOut().length, split.heldOut().length);
            methods.add(choice.method());
            keptWeight += choice.keptWeight() / channels;
            allWeight += choice.weight() / channels;
            classicalError += choice.heldOutError() / channels;
        }
        String method = String.join("/", methods);
        FitResult warm = Trainer.fit(imageFit(p, fromKept),
                warmStart(settings, WARM_START_ITERATIONS, WARM_START_LEARNING_RATE), null, progress.next(),
                cancellation);
        if (warm.status() != FitStatus.COMPLETED) {
            return new Outcome(warm, classical, method, allWeight, Double.NaN, classicalError);
        }
        FitProblem onKept = new FitProblem(p.grid(), channels, split.keptOperator(p.operator()), kept, p.reference(),
                p.referencePeak(), new HeldOutMeasurements(split.heldOutOperator(p.operator()), held));
        FitResult validation = Trainer.fit(onKept, settings.toBuilder().tvWeight(keptWeight).build(),
                warm.parameters(), progress.next(), cancellation);
        FitResult validated = validation.after(warm);
        if (validation.status() != FitStatus.COMPLETED) {
            return new Outcome(validated, classical, method, allWeight, validation.heldOutError(), classicalError);
        }
        // the validation kept the network after t* iterations: t* updates refined the start
        int refining = validation.bestIteration();
        progress.replan(REANCHOR_ITERATIONS + refining);
        FitResult anchored = Trainer.fit(imageFit(p, classical),
                warmStart(settings, REANCHOR_ITERATIONS, REANCHOR_LEARNING_RATE), validation.parameters(),
                progress.next(), cancellation);
        if (anchored.status() != FitStatus.COMPLETED) {
            return new Outcome(anchored.after(validated), classical, method, allWeight, validation.heldOutError(),
                    classicalError);
        }
        FitResult last = anchored.after(validated);
        if (refining > 0) {
            FitProblem onAll = new FitProblem(p.grid(), channels, p.operator(), p.measurements(), p.reference(),
                    p.referencePeak());
            last = Trainer.fit(onAll, settings.toBuilder().iterations(refining).tvWeight(allWeight).build(),
                    anchored.parameters(), progress.next(), cancellation).after(last);
        }
        String message = last.message() + "; " + verdict(validation.heldOutError(), classicalError, method);
        return new Outcome(last.withMessage(message), classical, method, allWeight, validation.heldOutError(),
                classicalError);
    }

    /** The most iterations a run takes: warm start, validation, re-anchoring, and refining as long as the validation. */
    static int plannedIterations(FitSettings settings) {
        return WARM_START_ITERATIONS + 2 * settings.iterations() + REANCHOR_ITERATIONS;
    }

    /** Fitting the network to an image on the grid. */
    private static FitProblem imageFit(Problem p, float[] image) {
        return new FitProblem(p.grid(), p.channels(), new IdentityOperator(p.grid().points()), image, p.reference(),
                p.referencePeak());
    }

    private static FitSettings warmStart(FitSettings settings, int iterations, double learningRate) {
        return settings.toBuilder().iterations(iterations).learningRate(learningRate).tvWeight(0).build();
    }

    /** How the INR and the classical reconstruction predict the measurements neither was fitted to. */
    static String verdict(double inr, double classical, String method) {
        String comparison = inr <= classical ? "better than" : "worse than";
        String name = method.toUpperCase(Locale.ROOT);
        return String.format(Locale.ROOT, "held-out error %.3g against the %s reconstruction's %.3g: the INR predicts"
                + " unseen measurements %s %s", inr, name, classical, comparison, name);
    }
}
