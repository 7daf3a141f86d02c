package org.reluinr.core.benchmark;

/** A group of cases with the same kind of input, the same methods and the same scoring. */
public enum Family {

    SUPER_RESOLUTION("super-resolution", Scoring.WHOLE_IMAGE),
    CT("CT", Scoring.INSIDE_CIRCLE),
    RENDER_AT_2X("render at 2×", Scoring.unseenPixels(2)),
    RENDER_AT_4X("render at 4×", Scoring.unseenPixels(4));

    private final String label;
    private final Scoring scoring;

    Family(String label, Scoring scoring) {
        this.label = label;
        this.scoring = scoring;
    }

    public String label() {
        return label;
    }

    public Scoring scoring() {
        return scoring;
    }
}
