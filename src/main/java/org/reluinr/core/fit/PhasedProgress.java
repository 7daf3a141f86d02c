package org.reluinr.core.fit;

import java.util.function.Supplier;

/**
 * Reports training runs that follow one another as one job: iterations count on from the
 * first run's, against the job's planned total, at the speed since the first run started, so
 * the time left is the whole job's rather than the current run's.
 */
public final class PhasedProgress {

    private final ProgressListener listener;
    private long start;
    private int planned;
    private int done;

    /** @param planned the iterations all runs will take, as far as known now */
    public PhasedProgress(ProgressListener listener, int planned) {
        this.listener = listener;
        this.planned = planned;
    }

    /** Once a later run's length is known: the iterations of the runs still to come. */
    public void replan(int remaining) {
        planned = done + remaining;
    }

    /** The listener to give the next run; the iterations of the runs before it count as done. */
    public ProgressListener next() {
        int offset = done;
        return new ProgressListener() {
            @Override
            public void onStart(String plan) {
                if (offset == 0) {
                    start = System.nanoTime();
                }
                listener.onStart(plan);
            }

            @Override
            public void onProgress(Progress p) {
                done = offset + p.iteration();
                double rate = done / ((System.nanoTime() - start) * 1e-9);
                listener.onProgress(new Progress(done, Math.max(planned, done), p.loss(), p.psnr(), rate));
            }

            @Override
            public void onOutput(int[] gridSizes, Supplier<float[]> output) {
                listener.onOutput(gridSizes, output);
            }
        };
    }
}
