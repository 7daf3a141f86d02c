package org.reluinr.core.operators;

import org.reluinr.core.io.NumberList;

/** Projection angles in degrees, by default evenly spaced over [0°, range), end excluded. */
public final class ProjectionAngles {

    private ProjectionAngles() {
    }

    public static double[] evenlySpaced(int count, double rangeDegrees) {
        if (count < 1) {
            throw new IllegalArgumentException("n_angles must be at least 1, got " + count);
        }
        if (!(rangeDegrees > 0) || Double.isInfinite(rangeDegrees)) {
            throw new IllegalArgumentException("angle_range must be a positive number of degrees, got " + rangeDegrees);
        }
        double[] angles = new double[count];
        for (int i = 0; i < count; i++) {
            angles[i] = rangeDegrees * i / count;
        }
        return angles;
    }

    /** Parses "0, 4.5, 9" into degrees. */
    public static double[] parse(String list) {
        return NumberList.parse("angle_list", list, Double::isFinite, "finite numbers of degrees");
    }
}
