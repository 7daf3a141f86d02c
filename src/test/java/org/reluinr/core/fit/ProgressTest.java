package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void describesTimeSpentAndTimeLeftAtTheSpeedSoFar() {
        Progress p = new Progress(30, 300, 1.5e-3, 27.25, 0.5);
        assertEquals(60, p.elapsedSeconds(), 1e-9);
        assertEquals(540, p.remainingSeconds(), 1e-9);
        String text = p.describe();
        assertTrue(text.startsWith("iteration 30/300  loss 1.500e-03  PSNR 27.25 dB  0.50 it/s"), text);
        assertTrue(text.endsWith("1:00 elapsed, 9:00 left"), text);
        assertEquals("30/300, 9:00 left (Esc), loss 1.50e-03, PSNR 27.25 dB, 1:00 elapsed", p.brief(" (Esc)"));
    }

    @Test
    void clockShowsHoursOnlyWhenThereAreSome() {
        assertEquals("0:07", Clock.format(7.4));
        assertEquals("12:05", Clock.format(725));
        assertEquals("2:00:01", Clock.format(7201));
        assertEquals("?", Clock.format(Double.POSITIVE_INFINITY));
    }
}
