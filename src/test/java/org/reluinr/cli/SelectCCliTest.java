package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectCCliTest {

    @TempDir
    Path tmp;

    @Test
    void ctSelectionWritesTheTableAndTheChosenReconstruction() throws IOException {
        Path folder = tmp.resolve("sel");
        CliRun r = CliRun.of("select-c", "src/test/resources/golden/phantom64_sinogram_45angles.tif", "--task", "ct",
                "--c_values", "1,3", "--stop_loss", "1e-9", "--iterations", "8", "--width", "32", "--ground_truth",
                "src/test/resources/golden/phantom64.tif", "--out", folder.toString());
        assertEquals(0, r.status(), r.err());
        List<String> csv = Files.readAllLines(folder.resolve("select-c.csv"));
        assertEquals(3, csv.size(), "header and one row per c");
        assertTrue(csv.get(0).startsWith("c,chosen,reached_stop_loss,"), csv.get(0));
        assertTrue(csv.get(1).matches("1\\.0,(true|false),false,.*") && csv.get(2).matches("3\\.0,(true|false),false,.*"),
                csv.toString());
        assertEquals(1, csv.stream().filter(row -> row.contains(",true,")).count(), "one row is chosen: " + csv);
        String json = Files.readString(folder.resolve("metrics.json"));
        assertTrue(json.contains("\"chosen_c\"") && json.contains("\"candidates\"") && json.contains("\"fbp_psnr\""), json);
        assertTrue(Files.exists(folder.resolve("phantom64_sinogram_45angles-ct.tif")));
    }

    @Test
    void compareRunsEveryActivationAndWritesTableAndMontage() throws IOException {
        Path folder = tmp.resolve("cmp");
        CliRun r = CliRun.of("compare", "src/test/resources/golden/phantom64.tif", "--task", "superres", "--scale",
                "2", "--ground_truth", "src/test/resources/golden/phantom128.tif", "--iterations", "5", "--width", "16",
                "--out", folder.toString());
        assertEquals(0, r.status(), r.err());
        List<String> csv = Files.readAllLines(folder.resolve("compare.csv"));
        assertEquals(List.of("bw_relu", "relu", "relu_pe", "siren", "gauss", "wire"), csv.subList(1, 7).stream()
                .map(line -> line.substring(0, line.indexOf(','))).toList());
        ij.ImagePlus montage = ij.IJ.openImage(folder.resolve("phantom64-compare.tif").toString());
        assertEquals(6 * 128, montage.getWidth());
        assertEquals(128, montage.getHeight());
        assertTrue(Files.readString(folder.resolve("metrics.json")).contains("\"results\""));
    }

    @Test
    void badCandidateListIsAUsageError() {
        CliRun r = CliRun.of("select-c", "test-images/camera_256.png", "--c_values", "3,0",
                "--out", tmp.resolve("x").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("c_values must be positive numbers"), r.err());
        assertTrue(!Files.exists(tmp.resolve("x")));
    }
}
