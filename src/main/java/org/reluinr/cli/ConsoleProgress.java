package org.reluinr.cli;

import java.io.PrintStream;

import org.reluinr.core.fit.Progress;
import org.reluinr.core.fit.ProgressListener;

/** Prints about twenty progress lines per run, always including the first and the last iteration. */
final class ConsoleProgress implements ProgressListener {

    private final PrintStream out;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onStart(String plan) {
        out.println(plan);
    }

    @Override
    public void onProgress(Progress p) {
        int every = Math.max(1, p.totalIterations() / 20);
        if (p.iteration() == 1 || p.iteration() % every == 0 || p.iteration() == p.totalIterations()) {
            out.println(p.describe());
        }
    }
}
