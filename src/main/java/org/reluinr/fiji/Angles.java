package org.reluinr.fiji;

import org.reluinr.core.operators.ProjectionAngles;

/** The projection angles a CT command's parameters describe, the same for every front door. */
public final class Angles {

    /** Defaults shared by dialogs and commands. */
    public static final int DEFAULT_COUNT = 100;
    public static final double DEFAULT_RANGE = 180;

    private Angles() {
    }

    /**
     * @param list explicit angles in degrees ("0, 4.5, 9"), or blank for {@code count} angles
     *     evenly spaced over [0, range)
     */
    public static double[] resolve(String list, int count, double range) {
        return list == null || list.isBlank() ? ProjectionAngles.evenlySpaced(count, range)
                : ProjectionAngles.parse(list);
    }
}
