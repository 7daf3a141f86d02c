package org.reluinr.core.tasks;

import org.reluinr.core.fit.Cancellation;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.ProgressListener;

/** A task with its data bound, ready to run with any settings (used to compare settings on the same data). */
@FunctionalInterface
public interface TaskRun {

    TaskResult run(FitSettings settings, ProgressListener listener, Cancellation cancellation);
}
