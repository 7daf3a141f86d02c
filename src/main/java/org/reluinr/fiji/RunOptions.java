package org.reluinr.fiji;

import java.nio.file.Path;

/**
 * How a Fiji run presents its result, beyond the task's own settings.
 *
 * @param showPlot plot the loss per iteration
 * @param preview show the reconstruction and its loss while training (not in batch mode)
 * @param modelFile where to save the fitted model (one file per plane of a stack), or null
 * @param output32bit keep the result 32-bit; otherwise an 8-bit, 16-bit or RGB input gets a
 *     result of its own type (values rounded and clipped to the type's range)
 */
public record RunOptions(boolean showPlot, boolean preview, Path modelFile, boolean output32bit) {
}
