package org.reluinr.core.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.FitStatus;
import org.reluinr.core.fit.PhasedProgress;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.metrics.ImageQuality;
import org.reluinr.core.metrics.Psnr;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.core.nn.BwRelu;

/**
 * The default fit of a volume (tv_weight auto, BW-ReLU) chooses c by the volume's own slices:
 * at each candidate c a 3D INR of the even slices predicts the odd slices half-way between
 * them, and the c whose prediction has the smallest mean squared error is the one the volume is
 * then fitted with. At the 2D default c = 9 a volume's model reproduces its slices and is noise
 * between them; which smaller c generalises depends on the volume ("Stacks and volumes" in the
 * README). The choice also says whether linear interpolation along z is expected to predict
 * between the slices better than the network. Only the input's slices are read.
 */
final class SliceScaleChoice {

    /** One held-out slice needs a training slice on each side. */
    static final int MIN_DEPTH = 3;

    /**
     * @param c the candidate whose 3D INR predicted the odd slices best
     * @param heldOutErrors each candidate c's mean squared error on the odd slices, on the
     *     volume's [0, 1] scale, in the order tried
     * @param linearError the error of the mean of the neighbouring even slices there
     * @param expectedLinearError that error extrapolated to the volume's own spacing (NaN under 5 slices)
     * @param best the chosen candidate's fit of the even slices
     */
    record Choice(double c, Map<Double, Double> heldOutErrors, double linearError, double expectedLinearError,
            TaskResult best) {

        double error() {
            return heldOutErrors.get(c);
        }

        /**
         * Whether linear interpolation is expected to predict between the slices better than
         * the network. The network's error is taken as it was at twice the spacing, since at a
         * smooth c it is limited by what it resolves: from twice the spacing to the volume's
         * own, the best c's error fell 1 to 1.8 times on the README's drift series (3.3 on the
         * phantom), linear interpolation's 5.6 to 8.5 times (1.3).
         */
        boolean interpolationExpectedBetter() {
            return expectedLinearError < error();
        }

        /** The chosen c and why, for the fit's message, with the warning where interpolation is expected to do better. */
        String verdict() {
            String warning = interpolationExpectedBetter() ? "; between the slices, linear interpolation of the stack"
                    + " is expected to predict better than this model" : "";
            return "c = " + formatC(c) + " " + reason() + warning;
        }

        private String reason() {
            StringJoiner errors = new StringJoiner(", ", "errors: ", "");
            heldOutErrors.forEach((candidate, error) -> errors.add(String.format(Locale.ROOT, "c %s %.3g",
                    formatC(candidate), error)));
            errors.add(String.format(Locale.ROOT, "linear interpolation along z %.3g", linearError));
            String expected = Double.isNaN(expectedLinearError) ? "" : String.format(Locale.ROOT, "; linear"
                    + " interpolation expected %.3g at the volume's own spacing (from its error at four times it)",
                    expectedLinearError);
            return "chosen by the volume's even slices predicting its odd ones (" + errors + ")" + expected;
        }

        /** The choice in the metrics (every candidate's error is in the message). */
        Map<String, Object> metrics() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("better_between_slices", interpolationExpectedBetter() ? "linear interpolation" : "network");
            m.put("held_out_slice_error", error());
            m.put("linear_z_error", linearError);
            m.put("linear_z_error_expected", expectedLinearError);
            return m;
        }
    }

    private SliceScaleChoice() {
    }

    /** Whether a fit of a volume of this depth with these settings chooses c. */
    static boolean applies(int depth, FitSettings settings) {
        return settings.tvWeightAuto() && depth >= MIN_DEPTH && settings.activation().equals(BwRelu.NAME);
    }

    /** The paper's candidates ({@link ScaleSelection#DEFAULT_C_VALUES}) below the settings' c, and that c. */
    static double[] candidates(FitSettings settings) {
        List<Double> values = new ArrayList<>();
        for (double c : ScaleSelection.parseCValues(ScaleSelection.DEFAULT_C_VALUES)) {
            if (c < settings.c()) {
                values.add(c);
            }
        }
        values.add(settings.c());
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Iterations of the choice's fits, which see half the slices each. */
    static int plannedIterations(FitSettings settings) {
        return candidates(settings).length * settings.iterations();
    }

    /**
     * Fits the even slices at each candidate c (fitted to their voxels only) and scores each
     * model half-way between them. A cancelled choice keeps the candidates fitted so far.
     */
    static Choice choose(FloatImage volume, IntensityRange range, VoxelSize voxelSize, FitSettings settings,
            PhasedProgress progress, Cancellation cancellation) {
        int[] held = SliceHoldout.heldOut(volume.depth());
        FloatImage unit = range.normalise(volume);
        float[] truth = unit.slices(held).data();
        FloatImage train = volume.slices(SliceHoldout.training(volume.depth()));
        VoxelSize sparse = SliceHoldout.trainingVoxelSize(voxelSize);
        Map<Double, Double> errors = new LinkedHashMap<>();
        TaskResult best = null;
        double chosen = Double.NaN;
        for (double c : candidates(settings)) {
            if (best != null && cancellation.isRequested()) {
                break;
            }
            FitSettings candidate = settings.toBuilder().c(c).tvWeight(0).build();
            TaskResult fit = RepresentationTask.run(train, sparse, candidate, progress.next(), cancellation);
            double error = Psnr.meanSquaredError(truth,
                    range.normalise(SliceHoldout.between(fit.model(), held.length)).data());
            errors.put(c, error);
            if (best == null || error < errors.get(chosen)) {
                best = fit;
                chosen = c;
            }
        }
        double linear = linearError(unit);
        return new Choice(chosen, errors, linear, expectedLinearError(unit.slices(SliceHoldout.training(
                volume.depth())), linear), best);
    }

    /** The mean squared error of the even slices' means where they predict the odd slices between them. */
    private static double linearError(FloatImage slices) {
        return Psnr.meanSquaredError(slices.slices(SliceHoldout.heldOut(slices.depth())).data(),
                SliceHoldout.midpoints(slices.slices(SliceHoldout.training(slices.depth()))).data());
    }

    /**
     * Linear interpolation's error at half the even slices' spacing, from its error at that
     * spacing and at twice it (the even slices' own even ones predicting their odd ones): an
     * error that falls by a factor r when the spacing halves is expected to fall by r again.
     *
     * @param even the even slices, on the volume's [0, 1] scale
     * @return NaN under 3 even slices
     */
    private static double expectedLinearError(FloatImage even, double error) {
        if (even.depth() < MIN_DEPTH) {
            return Double.NaN;
        }
        double coarse = linearError(even);
        return coarse > 0 ? error * error / coarse : error;
    }

    /**
     * The result of a choice cancelled before the volume's own fit: the chosen model of the even
     * slices, rendered at every slice of the volume, saying so.
     *
     * @param target the volume on [0, 1] by {@code range}
     */
    static TaskResult cancelled(Choice choice, FloatImage target, IntensityRange range) {
        TaskResult best = choice.best();
        int[] sizes = best.model().gridSizes();
        FloatImage rendered = best.model().render(new int[] {target.width(), target.height(), target.depth()},
                new double[][] {{0, sizes[0] - 1}, {0, sizes[1] - 1}, {0, (target.depth() - 1) / 2.0}});
        FloatImage unit = range.normalise(rendered);
        String text = "cancelled while choosing c: the result is the 3D INR of the even slices at c = "
                + formatC(choice.c()) + ", the best so far, rendered at every slice";
        TaskResult result = new TaskResult(RepresentationTask.NAME, rendered,
                ImageQuality.of(target, unit),
                best.fit().withReconstruction(unit.data()).withLoss(best.fit().bestLoss(), FitStatus.CANCELLED, text),
                best.settings(), best.model(), new LinkedHashMap<>());
        result.extras().putAll(choice.metrics());
        return result;
    }

    /** c as messages write it: 9, not 9.0. */
    static String formatC(double c) {
        return c == Math.rint(c) ? Long.toString((long) c) : Double.toString(c);
    }
}
