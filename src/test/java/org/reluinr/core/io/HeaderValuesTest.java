package org.reluinr.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;
import org.reluinr.core.nn.Activations;

/** Reading a model header's settings, as this version writes them and as older versions did. */
class HeaderValuesTest {

    private static final Map<Setting, Integer> MAXIMA = Map.of(Setting.WIDTH, 4096, Setting.HIDDEN_LAYERS, 64);

    @SuppressWarnings("unchecked")
    private static FitSettings read(String json) {
        return HeaderValues.settings((Map<String, Object>) JsonReader.parse(json), MAXIMA);
    }

    @Test
    void readsBackWhatEveryActivationWrites() {
        for (String activation : Activations.NAMES) {
            FitSettings written = FitSettings.builder().activation(activation).width(32).seed(12345678901L)
                    .tvWeight(0.25).build();
            assertEquals(written.asMap(), read(Json.write(written.asMap())).asMap(), activation);
        }
    }

    @Test
    void readsAnOlderFileWithAllActivationParametersAndNoTvWeight() {
        FitSettings s = read("{\"activation\": \"bw_relu\", \"width\": 16, \"hidden_layers\": 2, \"linear_layers\": false,"
                + " \"c\": 9.0, \"learn_c\": false, \"omega0\": 30.0, \"sigma0\": 10.0, \"learning_rate\": 0.003,"
                + " \"iterations\": 30, \"seed\": 0, \"stop_loss\": 0.0, \"path_norm_weight\": 0.0,"
                + " \"weight_decay\": 0.0, \"batch_size\": 0}");
        assertEquals(9.0, s.c());
        assertEquals(16, s.width());
        assertEquals(0.0, s.tvWeight());
    }

    @Test
    void refusesAValueOutOfRangeNamingTheKey() {
        String header = Json.write(FitSettings.builder().build().asMap());
        assertEquals("settings: width must be a whole number from 1 to 4096", assertThrows(InvalidModelException.class,
                () -> read(header.replace("\"width\": 256", "\"width\": 5000"))).getMessage());
        assertEquals("settings: stop_loss must be 0 (off) or a positive number, got -1.0",
                assertThrows(InvalidModelException.class,
                        () -> read(header.replace("\"stop_loss\": 0.0", "\"stop_loss\": -1.0"))).getMessage());
    }
}
