package org.reluinr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.SuperResolutionTask;

/** The engine options of every fitting command are the settings' definitions, with the task's defaults. */
class EngineOptionsTest {

    @Test
    void everyFittingCommandHasEverySettingWithItsDefaultAndHelp() {
        Map<CommandLine, FitSettings> commands = Map.of(FitCli.commandLine(), RepresentationTask.defaults(),
                SuperResCli.commandLine(), SuperResolutionTask.defaults(), CtCli.commandLine(), CtTask.defaults(),
                HoldoutCli.commandLine(), RepresentationTask.defaults());
        commands.forEach((cl, defaults) -> {
            for (Setting s : Setting.values()) {
                Option o = cl.options().stream().filter(x -> x.key().equals(s.key())).findFirst().orElseThrow();
                assertEquals(s.text(defaults), o.defaultValue(), s.key());
                assertEquals(s.help(), o.help(), s.key());
            }
        });
    }

    @Test
    void parsesEverySettingAndNamesTheOptionOfABadValue() {
        CommandLine cl = FitCli.commandLine();
        cl.parse(new String[] {"in.png", "--width", "64", "--seed", "12345678901", "--activation=siren", "--omega0",
            "12", "--linear_layers", "true", "--tv_weight", "0.5", "--learning_rate", " 1e-4"});
        FitSettings s = EngineOptions.settings(cl);
        assertEquals(64, s.width());
        assertEquals(12345678901L, s.seed());
        assertEquals("siren", s.activation());
        assertEquals(12, s.omega0());
        assertTrue(s.linearLayers());
        assertEquals(0.5, s.tvWeight());
        assertEquals(1e-4, s.learningRate());
        assertEquals(FitSettings.builder().build().c(), s.c());

        assertEquals("--width expects an integer, got 'wide'", message("--width", "wide"));
        assertEquals("--learn_c expects true or false, got 'yes'", message("--learn_c", "yes"));
        assertEquals("c must be a positive number, got 0.0", message("--c", "0"));
        assertEquals("--tv_weight must be auto or a non-negative number, got 'some'", message("--tv_weight", "some"));
    }

    @Test
    void selectCSetsCItself() {
        CommandLine cl = SelectCCli.commandLine("fit");
        assertTrue(cl.options().stream().noneMatch(o -> o.key().equals("c")));
        cl.parse(new String[] {"in.png", "--width", "32"});
        FitSettings s = EngineOptions.settings(cl, 2);
        assertEquals(2, s.c());
        assertEquals(32, s.width());
    }

    private static String message(String key, String value) {
        CommandLine cl = FitCli.commandLine();
        cl.parse(new String[] {"in.png", key, value});
        return assertThrows(RuntimeException.class, () -> EngineOptions.settings(cl)).getMessage();
    }
}
