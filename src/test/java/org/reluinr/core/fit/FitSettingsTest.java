package org.reluinr.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FitSettingsTest {

    private static List<String> activationKeysRecorded(String activation) {
        Map<String, Object> m = FitSettings.builder().activation(activation).build().asMap();
        return List.of("c", "learn_c", "omega0", "sigma0").stream().filter(m::containsKey).toList();
    }

    @Test
    void recordsOnlyTheParametersTheActivationUses() {
        assertEquals(List.of("c", "learn_c"), activationKeysRecorded("bw_relu"));
        assertEquals(List.of(), activationKeysRecorded("relu"));
        assertEquals(List.of(), activationKeysRecorded("relu_pe"));
        assertEquals(List.of("omega0"), activationKeysRecorded("siren"));
        assertEquals(List.of("sigma0"), activationKeysRecorded("gauss"));
        assertEquals(List.of("omega0", "sigma0"), activationKeysRecorded("wire"));
    }

    @Test
    void recordsTheFrequencyTheActivationRunsWith() {
        assertEquals(30.0, FitSettings.builder().activation("siren").build().asMap().get("omega0"));
        assertEquals(12.0, FitSettings.builder().activation("siren").omega0(12).build().asMap().get("omega0"));
    }
}
