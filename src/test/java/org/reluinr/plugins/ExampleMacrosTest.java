package org.reluinr.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key a command reads appears in an example macro (DESIGN.md, "Fiji conventions"), as
 * the recorder would write it; a key shared by several commands, such as the engine's, may be
 * shown by an example of any of them (an unticked checkbox is a key left out).
 */
class ExampleMacrosTest {

    static Stream<Arguments> commands() {
        return Stream.of(Arguments.of("Fit INR...", new FitInrPlugin()),
                Arguments.of("Super-Resolution...", new SuperResolutionPlugin()),
                Arguments.of("CT Reconstruction...", new CtReconstructionPlugin()),
                Arguments.of("Radon Transform...", new RadonTransformPlugin()),
                Arguments.of("Filtered Back-Projection...", new FbpPlugin()),
                Arguments.of("Render INR Model...", new RenderModelPlugin()),
                Arguments.of("Compare Activations...", new CompareActivationsPlugin()),
                Arguments.of("Select c...", new SelectCPlugin()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyKeyOfTheCommandIsInAnExample(String command, DialogPlugin plugin) throws IOException {
        Pattern call = Pattern.compile("run\\(\"[^\"]+\",\\s*\"(.*)\"\\);");
        Set<String> keys = new HashSet<>();
        try (Stream<Path> macros = Files.list(Path.of("macros"))) {
            for (Path macro : macros.filter(p -> p.toString().endsWith(".ijm")).toList()) {
                Matcher m = call.matcher(Files.readString(macro));
                while (m.find()) {
                    // a value the macro builds ("[" + truth + "]") counts as one value
                    keys.addAll(MacroOptions.keys(m.group(1).replaceAll("\"\\s*\\+[^+]*\\+\\s*\"", "x")));
                }
            }
        }
        assertEquals(List.of(), plugin.keys().stream().filter(k -> !keys.contains(k)).toList(),
                "keys of " + command + " that no example macro in macros/ shows");
    }
}
