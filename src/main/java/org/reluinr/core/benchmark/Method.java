package org.reluinr.core.benchmark;

import java.util.function.Function;

import org.reluinr.core.image.FloatImage;

/**
 * One reconstruction method of the benchmark: a name and what it makes of a case's input
 * (never the ground truth, which the input types do not carry).
 *
 * @param <I> the input of the case family: {@link SuperResolutionInput}, {@link CtInput}, or
 *            the seen image of render at 2× or 4×
 */
public record Method<I>(String name, Function<I, FloatImage> reconstruction) {

    public static <I> Method<I> of(String name, Function<I, FloatImage> reconstruction) {
        return new Method<>(name, reconstruction);
    }
}
