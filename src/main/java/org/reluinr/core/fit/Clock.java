package org.reluinr.core.fit;

/** Durations as people read them on a status line: m:ss, or h:mm:ss from an hour on. */
public final class Clock {

    private Clock() {
    }

    public static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        long h = s / 3600;
        return h > 0 ? String.format("%d:%02d:%02d", h, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
