package org.reluinr.core.operators;

import java.util.Arrays;

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
        try {
            double[] angles = Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isEmpty())
                    .mapToDouble(Double::parseDouble).toArray();
            if (angles.length == 0) {
                throw new IllegalArgumentException("angles: the list is empty");
            }
            for (double a : angles) {
                if (!Double.isFinite(a)) {
                    throw new IllegalArgumentException("angles must be finite numbers of degrees");
                }
            }
            return angles;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("angles must be a comma-separated list of degrees, got '" + list + "'");
        }
    }
}
