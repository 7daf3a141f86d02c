package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluinr.core.benchmark.BenchmarkCase;
import org.reluinr.core.benchmark.Family;

class BenchmarkCliTest {

    /**
     * Methods per case family: ImageJ bicubic, IBP, TV, the TV / IBP blend and INR; four FBP
     * filters, NNLS, TV and INR; bilinear, bicubic, the cubic spline and INR at 2×, the spline
     * left out at 4×.
     */
    private static final int SR_METHODS = 6;
    private static final int CT_METHODS = 7;
    private static final int RENDER2X_METHODS = 5;
    private static final int RENDER4X_METHODS = 3;

    @TempDir
    Path tmp;

    /** Reduced sizes and iterations: the numbers mean nothing, the run and its outputs are what is tested. */
    private static CliRun tinyRun(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("benchmark", "--sr_size", "32", "--ct_size", "32",
                "--iterations", "2", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void everyCaseAndMethodOfOneImageGivesOneRowWithFiniteScores() throws IOException {
        Path out = tmp.resolve("bench");
        CliRun run = tinyRun(out, "--images", "rocket");
        assertEquals(0, run.status(), run.err());

        List<String> lines = Files.readAllLines(out.resolve("benchmark.csv"));
        assertEquals("case,image,method,psnr,ssim,seconds,seen_psnr", lines.get(0));
        List<String> rows = lines.subList(1, lines.size());
        assertEquals(4 * SR_METHODS + 5 * CT_METHODS + RENDER2X_METHODS + RENDER4X_METHODS, rows.size(),
                String.join("\n", lines));
        Set<String> keys = new HashSet<>();
        for (String row : rows) {
            String[] f = row.split(",", -1);
            assertEquals(7, f.length, row);
            assertEquals("rocket", f[1]);
            assertTrue(keys.add(f[0] + "/" + f[2]), "one row per case and method: " + row);
            assertTrue(Double.isFinite(Double.parseDouble(f[3])), row);
            assertTrue(Double.isFinite(Double.parseDouble(f[4])), row);
            assertTrue(Double.parseDouble(f[5]) >= 0, row);
            assertEquals(f[0].startsWith("render"), !f[6].isEmpty(), "seen_psnr only for the render cases: " + row);
        }
        for (BenchmarkCase c : BenchmarkCase.values()) {
            assertTrue(keys.contains(c.key() + "/inr"), c.key());
            assertTrue(run.out().contains(c.key() + " rocket inr"), "progress line for " + c.key());
            ImagePlus png = IJ.openImage(out.resolve(c.key() + "-rocket.png").toString());
            assertEquals(ImagePlus.GRAY8, png.getType(), c.key());
            assertTrue(Files.exists(out.resolve(c.key() + "-rocket.tif")));
        }
        assertTrue(keys.contains("ct45/fbp_shepp_logan") && keys.contains("render2x/bilinear")
                && keys.contains("sr4/imagej_bicubic"), keys.toString());

        String md = Files.readString(out.resolve("benchmark.md"));
        long tableRows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| case") && !l.startsWith("| ---"))
                .count();
        assertEquals(BenchmarkCase.values().length + Family.values().length, tableRows,
                "a row per case and image, a mean per family:\n" + md);
        assertTrue(md.contains("**mean, CT**") && md.contains("**"), md);
        // ground truth, enlarged input and each method's result, side by side
        assertEquals((2 + SR_METHODS) * 32, IJ.openImage(out.resolve("sr4-rocket.tif").toString()).getWidth());
    }

    @Test
    void quickRunsItsSubsetAndHelpListsTheCases() throws IOException {
        Path out = tmp.resolve("quick");
        CliRun run = tinyRun(out, "--quick", "--cases", "sr4,render2x");
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(out.resolve("benchmark.csv"));
        assertEquals(2 * (SR_METHODS + RENDER2X_METHODS), lines.size() - 1, String.join("\n", lines));
        Set<String> casesAndImages = new HashSet<>();
        for (String row : lines.subList(1, lines.size())) {
            String[] f = row.split(",");
            casesAndImages.add(f[0] + "/" + f[1]);
        }
        assertEquals(Set.of("sr4/camera", "sr4/phantom", "render2x/camera", "render2x/phantom"), casesAndImages);

        CliRun help = CliRun.of("benchmark", "--help");
        assertEquals(0, help.status());
        for (BenchmarkCase c : BenchmarkCase.values()) {
            assertTrue(help.out().contains(c.key()), c.key());
        }
        CliRun bad = CliRun.of("benchmark", "--cases", "sr3", "--out", tmp.resolve("bad").toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown case 'sr3'"), bad.err());
        assertFalse(Files.exists(tmp.resolve("bad")), "nothing written before the cases are known");
    }
}
