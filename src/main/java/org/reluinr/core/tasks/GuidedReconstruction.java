package org.reluinr.core.tasks;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.reluinr.core.metrics.Psnr;
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
 * A start without a prior (super-resolution's TV / IBP blend) is neither validated nor refined:
 * the network copies it from all measurements ({@link #copied}).
 * The ground truth is never read here: the reference only feeds the PSNR shown in progress.
 */
final class GuidedReconstruction {

    /** One run of an image fit: its iterations and starting learning rate (decaying to a tenth). */
    record Stage(int iterations, double learningRate) {
    }

    /**
     * The first warm start, a plain image fit from scratch at the representation task's rate,
     * then polished at a lower one while the fit is short of its tolerance, in passes of
     * {@link #COPY_BATCH}-pixel steps. Copying the 256² cell's IBP super-resolution at ×2 (58.7
     * dB), full-batch iterations (300 at 3e-3, 200 at 3e-4) left a mean squared error of 2.0e-6
     * and 54.8 dB in 131 s; these passes 2.6e-7 and 58.0 dB in 107 s. 100 more passes at 1e-4
     * reached 58.3 dB but took the copy to 166 s.
     */
    static final List<Stage> WARM_START = List.of(new Stage(150, 3e-3), new Stage(180, 3e-4));
    /**
     * The copies of a classical image take Adam steps on this many random pixels, a pass over
     * all of them per iteration: on the cell above, batches of 16,384 pixels reached 55.9 dB and
     * of 8,192 56.5 dB in the time 4,096 reached 57.7 dB (200 passes at 3e-3, 130 at 3e-4).
     */
    static final int COPY_BATCH = 4096;
    /**
     * Moving the validated network onto the classical reconstruction from all measurements, the
     * result's own fidelity: it is close already, so at a tenth of the first rate (at the full
     * rate the restarted optimiser throws it off and 100 iterations do not recover: 4×
     * super-resolution of the 256² cameraman ended 0.3 dB and 0.10 SSIM below its start), then
     * polished at 1e-4.
     */
    static final List<Stage> REANCHOR = List.of(new Stage(100, 3e-4), new Stage(300, 1e-4));
    /**
     * The network must reproduce its start far more closely than the start itself is known:
     * an image fit stops once its mean squared error is this share of the mean squared
     * difference between the classical reconstructions from the kept and from all measurements
     * (how much the start changes when a tenth of the data goes). At 2% the 256² cameraman's
     * ×4 result stopped 0.07 dB and 0.02 SSIM below its start.
     */
    static final double FIDELITY_SHARE = 0.005;

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
     * @param fit the final fit, with the iterations, histories and time of every phase (the
     *     classical reconstruction's time not included)
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
        Set<String> methods = new LinkedHashSet<>();
        double keptWeight = 0;
        double allWeight = 0;
        double classicalError = 0;
        listener.onStart("classical reconstruction, chosen on " + split.heldOut().length
                + " held-out measurements per channel");
        PhasedProgress progress = new PhasedProgress(listener, plannedIterations(settings, true));
        for (int ch = 0; ch < channels; ch++) {
            HeldOutChoice choice = p.classical().reconstruct(channel(p.measurements(), ch, m));
            System.arraycopy(choice.keptReconstruction(), 0, fromKept, ch * points, points);
            System.arraycopy(choice.reconstruction(), 0, classical, ch * points, points);
            methods.add(choice.method());
            keptWeight += choice.keptWeight() / channels;
            allWeight += choice.weight() / channels;
            classicalError += choice.heldOutError() / channels;
        }
        String method = String.join("/", methods);
        double tolerance = FIDELITY_SHARE * Psnr.meanSquaredError(classical, fromKept);
        if (allWeight == 0) {
            return copied(p, classical, method, classicalError, tolerance, settings, progress, cancellation);
        }
        FitResult warm = imageFit(p, fromKept, settings, WARM_START, null, tolerance, progress, cancellation);
        if (!reproduced(warm)) {
            return new Outcome(warm, classical, method, allWeight, Double.NaN, classicalError);
        }
        float[] kept = new float[channels * split.kept().length];
        float[] held = new float[channels * split.heldOut().length];
        for (int ch = 0; ch < channels; ch++) {
            float[] y = channel(p.measurements(), ch, m);
            System.arraycopy(split.keptValues(y), 0, kept, ch * split.kept().length, split.kept().length);
            System.arraycopy(split.heldOutValues(y), 0, held, ch * split.heldOut().length, split.heldOut().length);
        }
        HeldOutMeasurements heldOut = new HeldOutMeasurements(split.heldOutOperator(p.operator()), held);
        FitProblem onKept = new FitProblem(p.grid(), channels, split.keptOperator(p.operator()), kept, p.reference(),
                p.referencePeak(), heldOut);
        FitResult validation = Trainer.fit(onKept, settings.toBuilder().tvWeight(keptWeight).build(),
                warm.parameters(), progress.next(), cancellation);
        FitResult validated = validation.after(warm);
        if (validation.status() != FitStatus.COMPLETED) {
            return new Outcome(validated, classical, method, allWeight, validation.heldOutError(), classicalError);
        }
        // the validation kept the network after t* iterations: t* updates refined the start
        float[][] refined = validation.parameters();
        double heldOutError = validation.heldOutError();
        int refining = validation.bestIteration();
        progress.replan(iterations(REANCHOR) + refining);
        FitResult anchored = imageFit(p, classical, settings, REANCHOR, refined, tolerance, progress, cancellation);
        if (!reproduced(anchored)) {
            return new Outcome(anchored.after(validated), classical, method, allWeight, heldOutError, classicalError);
        }
        FitResult last = anchored.after(validated);
        if (refining > 0) {
            FitProblem onAll = new FitProblem(p.grid(), channels, p.operator(), p.measurements(), p.reference(),
                    p.referencePeak());
            last = Trainer.fit(onAll, settings.toBuilder().iterations(refining).tvWeight(allWeight).build(),
                    anchored.parameters(), progress.next(), cancellation).after(last);
        } else {
            last = judgedOnAll(p, last, settings);
        }
        String message = last.message() + "; " + verdict(heldOutError, classicalError, method);
        return new Outcome(last.withMessage(message), classical, method, allWeight, heldOutError, classicalError);
    }

    /**
     * A start without a prior (super-resolution's blend), copied from all measurements: nothing
     * refines it, since without a prior the data leave the operator's null space (within-block
     * detail) free and held-out measurements cannot see it (a data-only refinement cost the 256²
     * cameraman's ×4 result 0.02 SSIM). So there is no validation either, and no held-out error
     * of the network's own: it reproduces the start, whose held-out error is the one reported.
     */
    private static Outcome copied(Problem p, float[] classical, String method, double classicalError,
            double tolerance, FitSettings settings, PhasedProgress progress, Cancellation cancellation) {
        progress.replan(iterations(WARM_START));
        FitResult copy = imageFit(p, classical, settings, WARM_START, null, tolerance, progress, cancellation);
        if (!reproduced(copy)) {
            return new Outcome(copy, classical, method, 0, Double.NaN, classicalError);
        }
        FitResult last = judgedOnAll(p, copy, settings);
        String message = String.format(Locale.ROOT, "%s; a copy of the %s reconstruction, whose held-out error is"
                + " %.3g (no prior refines it, so the INR has no held-out error of its own)", last.message(),
                method.toUpperCase(Locale.ROOT), classicalError);
        return new Outcome(last.withMessage(message), classical, method, 0, Double.NaN, classicalError);
    }

    /** Channel ch of channel-planar values, {@code size} per channel. */
    private static float[] channel(float[] planar, int ch, int size) {
        return Arrays.copyOfRange(planar, ch * size, (ch + 1) * size);
    }

    /**
     * Copies an image onto the network on the problem's grid (see the general form below), in
     * batches of {@link #COPY_BATCH} pixels where the grid holds more.
     */
    private static FitResult imageFit(Problem p, float[] image, FitSettings settings, List<Stage> stages,
            float[][] initial, double tolerance, PhasedProgress progress, Cancellation cancellation) {
        int points = p.grid().points();
        return imageFit(new FitProblem(p.grid(), p.channels(), new IdentityOperator(points), image, p.reference(),
                p.referencePeak()), copying(settings, points), stages, initial, tolerance, progress, cancellation);
    }

    /** The settings a copy onto a grid of {@code points} pixels runs with: no prior, and its own batches. */
    static FitSettings copying(FitSettings settings, int points) {
        return settings.toBuilder().tvWeight(0).batchSize(points > COPY_BATCH ? COPY_BATCH : 0).build();
    }

    /**
     * Fits the network to an image problem, stage by stage, until its mean squared error is at
     * most {@code tolerance} (a later stage starts only when an earlier one fell short).
     *
     * @param initial the network to start from, or null for a fresh one
     */
    static FitResult imageFit(FitProblem problem, FitSettings settings, List<Stage> stages, float[][] initial,
            double tolerance, PhasedProgress progress, Cancellation cancellation) {
        FitResult fit = null;
        for (Stage stage : stages) {
            FitSettings run = settings.toBuilder().iterations(stage.iterations()).learningRate(stage.learningRate())
                    .tvWeight(0).stopLoss(tolerance).build();
            FitResult next = Trainer.fit(problem, run, fit == null ? initial : fit.parameters(), progress.next(),
                    cancellation);
            fit = fit == null ? next : next.after(fit);
            if (next.status() != FitStatus.COMPLETED) {
                break;
            }
        }
        return fit;
    }

    /**
     * The copy of the start as the result, judged like a refined fit: by its data loss on all
     * measurements, against stop_loss (so that select-c compares fits of the data, not of an image).
     */
    private static FitResult judgedOnAll(Problem p, FitResult copy, FitSettings settings) {
        double loss = new HeldOutMeasurements(p.operator(), p.measurements()).error(copy.reconstruction());
        boolean reached = loss <= settings.stopLoss();
        String text = String.format(Locale.ROOT, "copied its start in %d iterations, data loss %.3g%s",
                copy.iterations(), loss, reached ? " (within stop_loss)" : "");
        return copy.withLoss(loss, reached ? FitStatus.REACHED_STOP_LOSS : FitStatus.COMPLETED, text);
    }

    /** Whether an image fit ended as planned: all its stages run or its tolerance reached. */
    static boolean reproduced(FitResult fit) {
        return fit.status() == FitStatus.COMPLETED || fit.status() == FitStatus.REACHED_STOP_LOSS;
    }

    static int iterations(List<Stage> stages) {
        return stages.stream().mapToInt(Stage::iterations).sum();
    }

    /**
     * The most iterations a run takes: with a prior, every warm-start stage, validation,
     * re-anchoring, and refining as long as the validation; without one, the copy of the start.
     */
    static int plannedIterations(FitSettings settings, boolean prior) {
        return copyIterations(prior) + measurementIterations(settings, prior);
    }

    /** The most iterations of the run's copies of a classical image ({@link #copying} settings). */
    static int copyIterations(boolean prior) {
        return prior ? iterations(WARM_START) + iterations(REANCHOR) : iterations(WARM_START);
    }

    /** The most iterations on the measurements (the settings' own): validation and refining. */
    static int measurementIterations(FitSettings settings, boolean prior) {
        return prior ? 2 * settings.iterations() : 0;
    }

    /** How the INR and the classical reconstruction predict the measurements neither was fitted to. */
    static String verdict(double inr, double classical, String method) {
        String comparison = inr <= classical ? "better than" : "worse than";
        String name = method.toUpperCase(Locale.ROOT);
        return String.format(Locale.ROOT, "held-out error %.3g against the %s reconstruction's %.3g: the INR predicts"
                + " unseen measurements %s %s", inr, name, classical, comparison, name);
    }
}
