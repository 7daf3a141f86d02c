package org.reluinr.core.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.reluinr.core.model.InrModel;
import org.reluinr.core.model.RenderRequest;
import org.reluinr.core.nn.BwRelu;

/**
 * The positions at which a fit constrained its model, and whether a render stays on them.
 * Every task fits its network at grid points: the pixels (voxels), and for the default 2D fit
 * also the points half-way between them ({@link HalfPixelFit}). Elsewhere nothing holds a
 * BW-ReLU network at a large c to the image: a quarter of a pixel from the pixels of the 64²
 * cameraman the default fit (c = 9) was 10.5 dB from the truth, where bicubic interpolation is
 * 22.8 dB (README, "Models: save, reload, render"). A render with positions off those
 * points is told so, unless the model's c is small enough to render smoothly anywhere or the
 * default fit's own check found it smooth between them.
 */
public final class FittedPositions {

    /** Tolerance, in grid steps, for a position to count as on the grid. */
    private static final double ON_GRID = 1e-6;
    private static final String[] AXES = {"x", "y", "z"};

    private FittedPositions() {
    }

    /** Whether the model is the default 2D fit's, fitted on the half-pixel grid too. */
    private static boolean halfPixel(InrModel model) {
        int[] sizes = model.gridSizes();
        return model.task().equals(RepresentationTask.NAME) && sizes.length == 2
                && HalfPixelFit.applies(sizes[0], sizes[1], 1, model.settings());
    }

    /** The spacing of the fitted positions in training pixels: ½ for the default 2D fit, 1 otherwise. */
    static double spacing(InrModel model) {
        return halfPixel(model) ? 0.5 : 1;
    }

    /**
     * Whether the model renders smoothly between any positions: BW-ReLU at c ≤
     * {@link RepresentationTask#SMOOTH_C}.
     */
    static boolean smoothAnywhere(InrModel model) {
        return model.settings().activation().equals(BwRelu.NAME) && model.settings().c() <= RepresentationTask.SMOOTH_C;
    }

    /**
     * What to tell the user when the render samples the model where the fit did not constrain it;
     * empty if nowhere. A default 2D fit whose own check ({@link BetweenGridCheck}, in the fit's
     * metrics) found it following its interpolation between the grid points is constrained
     * anywhere within the area its half-pixel grid spans.
     *
     * @param metrics the fit's metrics, as a model file keeps them
     */
    public static Optional<String> offGridWarning(InrModel model, Map<String, Object> metrics, RenderRequest request) {
        if (smoothAnywhere(model)) {
            return Optional.empty();
        }
        boolean halfPixel = halfPixel(model);
        Optional<BetweenGridCheck.Finding> finding = halfPixel ? BetweenGridCheck.Finding.recorded(metrics)
                : Optional.empty();
        boolean anywhere = finding.filter(f -> !f.worseThanInterpolation()).isPresent();
        double step = spacing(model);
        // the half-pixel grid reaches half a pixel past the outer pixels (CoordinateGrid.halfPixel)
        double margin = halfPixel ? 0.5 : 0;
        int[] trained = model.gridSizes();
        List<String> off = new ArrayList<>();
        StringJoiner onGridSizes = new StringJoiner(" × ");
        for (int a = 0; a < trained.length; a++) {
            double from = request.region()[a][0];
            double to = request.region()[a][1];
            int n = request.sizes()[a];
            double increment = n > 1 ? (to - from) / (n - 1) : 0;
            boolean inside = Math.min(from, to) >= -margin - ON_GRID && Math.max(from, to) <= trained[a] - 1 + margin
                    + ON_GRID;
            if (!inside || !anywhere && (!onGrid(from, step) || !onGrid(increment, step))) {
                off.add(AXES[a]);
            }
            onGridSizes.add(Integer.toString((int) Math.round((trained[a] - 1) / step) + 1));
        }
        if (off.isEmpty()) {
            return Optional.empty();
        }
        String axes = String.join(", ", off);
        if (anywhere) {
            return Optional.of(String.format(Locale.ROOT, "along %s this render reaches beyond the area the fit"
                    + " constrained (half a pixel past the outer pixels); there the model is an extrapolation of"
                    + " nothing", axes));
        }
        String fitted = halfPixel ? "its pixels and the points half-way between them" : "its pixels";
        String evidence = finding.map(f -> "this model's own check after fitting: " + f.describe(false))
                .orElse("a quarter pixel from the pixels of the cameraman the default fit is 10.5 dB from the truth,"
                        + " bicubic 22.8 dB: README, \"Models: save, reload, render\"");
        return Optional.of(String.format(Locale.ROOT, "along %s this render samples the model between or beyond the"
                + " positions the fit constrained (%s); there a BW-ReLU model at c = %s is not an interpolation of the"
                + " image (%s). To stay on them, render %s over the whole image and enlarge that with an"
                + " interpolation; a fit at c <= %s renders smoothly anywhere.", axes, fitted,
                SliceScaleChoice.formatC(model.settings().c()), evidence, onGridSizes, RepresentationTask.SMOOTH_C));
    }

    private static boolean onGrid(double position, double step) {
        double steps = position / step;
        return Math.abs(steps - Math.rint(steps)) < ON_GRID;
    }
}
