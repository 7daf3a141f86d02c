package org.reluinr.core.classical;

/**
 * The constraint set of the constrained solvers: optionally x ≥ 0, and optionally a support
 * outside which x = 0 (for CT the inscribed circle, where the Radon geometry sees nothing).
 * Projection onto it is pointwise, hence cheap and exact.
 */
public final class FeasibleSet {

    private final boolean nonNegative;
    private final boolean[] support;

    private FeasibleSet(boolean nonNegative, boolean[] support) {
        this.nonNegative = nonNegative;
        this.support = support;
    }

    public static FeasibleSet unconstrained() {
        return new FeasibleSet(false, null);
    }

    public static FeasibleSet nonNegative() {
        return new FeasibleSet(true, null);
    }

    /** x ≥ 0 and x = 0 where {@code support} is false. */
    public static FeasibleSet nonNegative(boolean[] support) {
        return new FeasibleSet(true, support.clone());
    }


    /** Projects x onto the set, in place. */
    public void project(float[] x) {
        if (support != null && support.length != x.length) {
            throw new IllegalArgumentException("the support mask has " + support.length + " pixels, the image " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (support != null && !support[i] || nonNegative && !(x[i] > 0)) {
                x[i] = 0;
            }
        }
    }
}
