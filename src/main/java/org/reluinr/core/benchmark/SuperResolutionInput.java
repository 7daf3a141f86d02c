package org.reluinr.core.benchmark;

import org.reluinr.core.image.FloatImage;

/** What a super-resolution method gets: the low-resolution image and the factor to enlarge it by. */
public record SuperResolutionInput(FloatImage low, int scale) {
}
