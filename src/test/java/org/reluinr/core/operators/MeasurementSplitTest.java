package org.reluinr.core.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementSplitTest {

    private static void assertPartition(MeasurementSplit split) {
        int[] all = IntStream.concat(Arrays.stream(split.kept()), Arrays.stream(split.heldOut())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, split.size()).toArray(), all, "kept ∪ held-out, disjoint, is everything");
    }

    @ParameterizedTest
    @CsvSource({"45, 128, 5", "20, 64, 2", "2, 8, 1", "5, 3, 1", "100, 4, 10"})
    void wholeRowsArePartitionedEvenly(int rows, int length, int expectedRows) {
        MeasurementSplit split = MeasurementSplit.wholeRows(rows, length, 0.1, 7);
        assertPartition(split);
        int[] held = split.heldOut();
        assertEquals(expectedRows * length, held.length);
        int[] heldRows = Arrays.stream(held).map(i -> i / length).distinct().toArray();
        assertEquals(expectedRows, heldRows.length, "whole rows");
        for (int k = 1; k < heldRows.length; k++) {
            int gap = heldRows[k] - heldRows[k - 1];
            assertTrue(Math.abs(gap - (double) rows / expectedRows) <= 1, "evenly spaced rows: gap " + gap);
        }
    }

    @Test
    void entriesAreSeededAndTenPercent() {
        MeasurementSplit a = MeasurementSplit.entries(1000, 0.1, 3);
        assertPartition(a);
        assertEquals(100, a.heldOut().length);
        assertArrayEquals(a.heldOut(), MeasurementSplit.entries(1000, 0.1, 3).heldOut(), "same seed, same split");
        assertTrue(!Arrays.equals(a.heldOut(), MeasurementSplit.entries(1000, 0.1, 4).heldOut()), "another seed");
        assertEquals(1, MeasurementSplit.entries(3, 0.1, 0).heldOut().length, "at least one held out");
    }

    @Test
    void restrictedOperatorsAreAdjointAndPickTheirEntries() {
        RadonOperator radon = new RadonOperator(16, ProjectionAngles.evenlySpaced(12, 180));
        MeasurementSplit rows = MeasurementSplit.wholeRows(12, 16, 0.1, 1);
        AdjointTest.assertAdjoint(rows.keptOperator(radon), 1);
        AdjointTest.assertAdjoint(rows.heldOutOperator(radon), 2);
        AveragePoolOperator pool = new AveragePoolOperator(6, 5, 2);
        MeasurementSplit entries = MeasurementSplit.entries(30, 0.1, 1);
        AdjointTest.assertAdjoint(entries.keptOperator(pool), 3);
        AdjointTest.assertAdjoint(entries.heldOutOperator(pool), 4);

        float[] x = new float[pool.domainSize()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 7;
        }
        float[] y = new float[30];
        pool.apply(x, y);
        LinearOperator kept = entries.keptOperator(pool);
        float[] picked = new float[kept.rangeSize()];
        kept.apply(x, picked);
        assertArrayEquals(entries.keptValues(y), picked);
    }

    @Test
    void badSplitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MeasurementSplit.wholeRows(1, 10, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> MeasurementSplit.entries(10, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> MeasurementSplit.entries(10, 0.1, 0).keptOperator(new AveragePoolOperator(2, 2, 2)));
    }
}
