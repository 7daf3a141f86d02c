package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PhasedProgressTest {

    @Test
    void countsIterationsOnAcrossRunsAgainstTheJobsTotal() {
        List<Progress> seen = new ArrayList<>();
        PhasedProgress job = new PhasedProgress(seen::add, 30);
        ProgressListener first = job.next();
        first.onStart("plan");
        for (int i = 1; i <= 10; i++) {
            first.onProgress(new Progress(i, 10, 1.0 / i, Double.NaN, 100));
        }
        job.replan(5);
        ProgressListener second = job.next();
        for (int i = 1; i <= 5; i++) {
            second.onProgress(new Progress(i, 5, 0.01, 20, 100));
        }
        assertEquals(15, seen.size());
        assertEquals(new Progress(10, 30, 0.1, Double.NaN, seen.get(9).iterationsPerSecond()), seen.get(9));
        Progress last = seen.get(14);
        assertEquals(15, last.iteration());
        assertEquals(15, last.totalIterations(), "the replanned total");
        assertEquals(0, last.remainingSeconds());
        assertEquals(20, last.psnr());
    }
}
