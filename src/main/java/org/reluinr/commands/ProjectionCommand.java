package org.reluinr.commands;

import org.scijava.plugin.Parameter;

import org.reluinr.fiji.Angles;

/** The projection-angle parameters that the CT commands share. */
public abstract class ProjectionCommand extends ImageCommand {

    @Parameter(label = "angle_range", description = "Evenly spaced angles cover [0, angle_range) degrees",
            min = "0.001", persist = false)
    double angle_range = Angles.DEFAULT_RANGE;

    @Parameter(label = "angle_list", description = "Explicit angles in degrees, e.g. 0, 4.5, 9 (replaces even spacing)",
            required = false, persist = false)
    String angle_list = "";
}
