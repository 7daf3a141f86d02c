package org.reluinr.core.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Splits index ranges (rows, angles, ...) over a small private pool (one worker per core). Each worker gets one
 * contiguous range, always the same one for the same row count, so reductions done per
 * worker and then combined in worker order are deterministic.
 */
public final class RowParallel {

    /** Work on rows [from, to) by the worker with the given index. */
    public interface RangeBody {
        void run(int worker, int from, int to);
    }

    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ForkJoinPool POOL = new ForkJoinPool(WORKERS);

    private RowParallel() {
    }

    public static int workers() {
        return WORKERS;
    }

    /**
     * Runs the body over all rows and waits. The wait is not interruptible, so an interrupt
     * (a user's cancel) is left for the caller to see between passes.
     */
    public static void run(int rows, RangeBody body) {
        if (WORKERS == 1 || rows < 2 * WORKERS) {
            body.run(0, 0, rows);
            return;
        }
        POOL.invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                RecursiveAction[] parts = new RecursiveAction[WORKERS];
                for (int w = 0; w < WORKERS; w++) {
                    final int worker = w;
                    final int from = (int) ((long) rows * w / WORKERS);
                    final int to = (int) ((long) rows * (w + 1) / WORKERS);
                    parts[w] = new RecursiveAction() {
                        @Override
                        protected void compute() {
                            body.run(worker, from, to);
                        }
                    };
                }
                invokeAll(parts);
            }
        });
    }
}
