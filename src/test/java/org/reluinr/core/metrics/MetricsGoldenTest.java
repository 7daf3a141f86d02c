package org.reluinr.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.reluinr.core.image.FloatImage;
import org.junit.jupiter.params.provider.ValueSource;
import org.reluinr.testing.TestImages;

/** PSNR and SSIM against values computed by scikit-image (golden/metrics_cases.json). */
class MetricsGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"blurred", "noisy"})
    void matchesScikitImage(String name) throws IOException {
        String json = Files.readString(Path.of("src", "test", "resources", "golden", "metrics_cases.json"));
        FloatImage reference = TestImages.golden("metrics_reference.tif");
        FloatImage test = TestImages.golden("metrics_" + name + ".tif");
        ImageQuality quality = ImageQuality.of(reference, test);

        assertEquals(goldenValue(json, name, "psnr"), quality.psnr(), 1e-3);
        assertEquals(goldenValue(json, name, "ssim"), quality.ssim(), 1e-3);
    }

    private static double goldenValue(String json, String caseName, String key) {
        Matcher block = Pattern.compile("\"" + caseName + "\"\\s*:\\s*\\{([^}]*)\\}").matcher(json);
        if (!block.find()) {
            throw new IllegalStateException("no case " + caseName);
        }
        Matcher value = Pattern.compile("\"" + key + "\"\\s*:\\s*([-0-9.eE+]+)").matcher(block.group(1));
        if (!value.find()) {
            throw new IllegalStateException("no " + key + " in case " + caseName);
        }
        return Double.parseDouble(value.group(1));
    }
}
