package org.reluinr.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class Bf16MatrixTest {

    @Test
    void roundsToTheNearestBfloat16WithTiesToEven() {
        assertEquals((short) 0x3F80, Bf16Matrix.round(1f));
        assertEquals((short) 0xBF80, Bf16Matrix.round(-1f));
        assertEquals(0, Bf16Matrix.round(0f));
        // 1 + 2⁻⁸ lies half-way between 1 and the next bfloat16, 1 + 2⁻⁷: ties go to the even one, 1.
        assertEquals(1f, Bf16Matrix.value(Bf16Matrix.round(1f + 0x1p-8f)));
        // 1 + 3·2⁻⁸ lies half-way between 1 + 2⁻⁷ (odd) and 1 + 2⁻⁶ (even).
        assertEquals(1f + 0x1p-6f, Bf16Matrix.value(Bf16Matrix.round(1f + 3 * 0x1p-8f)));
        // Just above half-way rounds up.
        assertEquals(1f + 0x1p-7f, Bf16Matrix.value(Bf16Matrix.round(1f + 0x1p-8f + 0x1p-20f)));
    }

    @Test
    void relativeErrorIsAtMostTheUnitRoundoff() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            float f = (float) (random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-20, 20)));
            float r = Bf16Matrix.value(Bf16Matrix.round(f));
            // 8 significant bits: half a unit in the last place is at most 2⁻⁸ of the value.
            assertTrue(Math.abs(r - f) <= 0x1p-8 * Math.abs(f), f + " rounded to " + r);
        }
    }

    @Test
    void writesRowsAtTheirPlace() {
        Bf16Matrix m = new Bf16Matrix(3, 2);
        m.write(1, 2, new float[] {1, 2, 3, 4});
        assertEquals((short) 0x4000, m.memory().asByteBuffer().order(java.nio.ByteOrder.nativeOrder())
                .asShortBuffer().get(3));
    }
}
