package org.reluinr.core.benchmark;

import java.util.List;

import org.reluinr.core.image.FloatImage;

/** The methods scored on each case family, in the order of the table's columns. */
public record MethodRegistry(List<Method<SuperResolutionInput>> superResolution, List<Method<CtInput>> ct,
        List<Method<FloatImage>> renderAt2x, List<Method<FloatImage>> renderAt4x) {

    public MethodRegistry {
        superResolution = List.copyOf(superResolution);
        ct = List.copyOf(ct);
        renderAt2x = List.copyOf(renderAt2x);
        renderAt4x = List.copyOf(renderAt4x);
    }
}
