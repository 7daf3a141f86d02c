package org.reluinr.cli;

import org.reluinr.core.operators.ProjectionAngles;

/** The projection-angle options shared by radon, fbp and ct. */
final class AngleOptions {

    static final Option ANGLE_RANGE = new Option("angle_range", "180",
            "angles are evenly spaced over [0, angle_range) degrees, end excluded");
    // Not "angles": ImageJ 1.x macros would find "angles=" inside "n_angles=".
    static final Option ANGLE_LIST = new Option("angle_list", null,
            "explicit comma-separated angles in degrees, one per sinogram row (instead of angle_range)");

    private AngleOptions() {
    }

    /** The angles of a sinogram with {@code rows} rows: the explicit list, or evenly spaced. */
    static double[] forRows(CommandLine cl, int rows) {
        if (cl.has("angle_list")) {
            double[] angles = ProjectionAngles.parse(cl.string("angle_list"));
            if (angles.length != rows) {
                throw new UsageException("--angle_list lists " + angles.length + " angles but the sinogram has " + rows
                        + " rows (one per angle)");
            }
            return angles;
        }
        return ProjectionAngles.evenlySpaced(rows, cl.number("angle_range"));
    }
}
