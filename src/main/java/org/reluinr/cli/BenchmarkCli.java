package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reluinr.core.benchmark.BenchmarkCase;
import org.reluinr.core.benchmark.BenchmarkListener;
import org.reluinr.core.benchmark.MethodRegistry;
import org.reluinr.core.benchmark.Outcome;
import org.reluinr.core.benchmark.ResultTable;
import org.reluinr.core.benchmark.Trial;
import org.reluinr.core.image.FloatImage;
import org.reluinr.core.image.Montage;

/**
 * {@code ./inr benchmark}: every method on the same prepared cases of the bundled test
 * images, scored against the ground truth outside the methods; writes benchmark.csv,
 * benchmark.md and one montage per case and image.
 */
final class BenchmarkCli {

    static final String NAME = "benchmark";

    /** The test images by name, in table order; all in test-images/. */
    static final Map<String, String> IMAGES = images("camera.png", "astronaut.png", "cell.png", "phantom.png",
            "grass.png", "gravel.png", "rocket.jpg", "coffee.png");

    static final String QUICK_IMAGES = "camera,phantom";
    static final String QUICK_CASES = "sr4,ct45,render2x";

    private BenchmarkCli() {
    }

    static CommandLine commandLine() {
        StringBuilder cases = new StringBuilder();
        for (BenchmarkCase c : BenchmarkCase.values()) {
            cases.append(String.format("\n  %-13s %s", c.key(), c.description()));
        }
        BenchmarkCase.Sizes sizes = BenchmarkCase.Sizes.DEFAULT;
        return new CommandLine(NAME, "[options]",
                "Scores every reconstruction method on the same cases prepared from test-images/ (each image\n"
                        + "as luma, centre-cropped to a square, area-averaged to the case's size, scaled to [0, 1]).\n"
                        + "Methods never see the ground truth. Writes OUT/benchmark.csv, OUT/benchmark.md and a\n"
                        + "montage per case and image (ground truth, input, each result) as TIFF and 8-bit PNG.\n"
                        + "Scores: PSNR (dB) and SSIM on [0, 1]; CT inside the inscribed circle; render2x and\n"
                        + "render4x PSNR on the unseen pixels only (SSIM on the whole image, the seen pixels'\n"
                        + "PSNR as seen_psnr).\n\n"
                        + "cases:" + cases,
                List.of(Option.flag("quick", "a subset that shows the picture quickly: images " + QUICK_IMAGES
                                + ", cases " + QUICK_CASES + " (--images and --cases override it)"),
                        new Option("images", String.join(",", IMAGES.keySet()), "comma-separated test images"),
                        new Option("cases", BenchmarkCase.keys(), "comma-separated cases (see above)"),
                        new Option("out", "benchmark-output", "output folder (created if missing)"),
                        new Option("seed", "0", "seed of the added noise (the INRs start from their task's seed)"),
                        new Option("iterations", "0",
                                "training iterations of every INR method; 0 keeps each task's default (fewer: a "
                                        + "faster, weaker INR, for trying the command out)"),
                        new Option("sr_size", String.valueOf(sizes.superResolution()),
                                "side of the super-resolution and render ground truths (a multiple of 4; smaller:"
                                        + " faster, not the published table)"),
                        new Option("ct_size", String.valueOf(sizes.ct()),
                                "side of the CT ground truth (smaller: faster, not the published table)")));
    }

    static int run(String[] args, Path home, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        cl.positionals();
        boolean quick = cl.bool("quick");
        List<BenchmarkCase> cases = new ArrayList<>();
        for (String key : list(cl, "cases", quick ? QUICK_CASES : null)) {
            cases.add(BenchmarkCase.parse(key));
        }
        Map<String, FloatImage> sources = new LinkedHashMap<>();
        for (String name : list(cl, "images", quick ? QUICK_IMAGES : null)) {
            if (!IMAGES.containsKey(name)) {
                throw new UsageException("unknown image '" + name + "'; images: " + String.join(",", IMAGES.keySet()));
            }
            sources.put(name, InputImages.readPlane(home.resolve("test-images").resolve(IMAGES.get(name))));
        }
        int iterations = cl.integer("iterations");
        if (iterations < 0) {
            throw new UsageException("--iterations must be 0 (task defaults) or positive");
        }
        BenchmarkCase.Sizes sizes = new BenchmarkCase.Sizes(cl.integer("sr_size"), cl.integer("ct_size"));
        long seed = cl.longValue("seed");
        MethodRegistry methods = BenchmarkMethods.defaults(iterations);
        ResultWriter writer = new ResultWriter(cl.path("out"));

        List<Outcome> outcomes = new ArrayList<>();
        BenchmarkListener listener = new Progress(out);
        for (BenchmarkCase c : cases) {
            for (Map.Entry<String, FloatImage> image : sources.entrySet()) {
                Trial<?> trial = c.prepare(image.getKey(), image.getValue(), sizes, seed, methods);
                List<Outcome> results = trial.run(listener);
                writeMontage(writer, trial, results);
                outcomes.addAll(results);
                // rewritten after every case, so an interrupted run keeps what it has measured
                writer.text("benchmark.csv", ResultTable.csv(outcomes));
                writer.text("benchmark.md", ResultTable.markdown(outcomes));
            }
        }
        Path folder = cl.path("out");
        out.println("wrote " + folder.resolve("benchmark.csv") + " and " + folder.resolve("benchmark.md"));
        return 0;
    }

    /** The option's comma-separated names; {@code quickDefault} replaces its default when not null. */
    private static List<String> list(CommandLine cl, String key, String quickDefault) {
        String value = cl.has(key) || quickDefault == null ? cl.string(key) : quickDefault;
        List<String> names = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        if (names.isEmpty()) {
            throw new UsageException("--" + key + " names nothing");
        }
        return names;
    }

    private static Map<String, String> images(String... files) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String f : files) {
            map.put(f.substring(0, f.lastIndexOf('.')), f);
        }
        return map;
    }

    /** Ground truth, the input where it has the truth's size, then each method's result, left to right. */
    private static void writeMontage(ResultWriter writer, Trial<?> trial, List<Outcome> outcomes) throws IOException {
        List<FloatImage> panels = new ArrayList<>(trial.shown());
        outcomes.forEach(o -> panels.add(o.result()));
        FloatImage montage = Montage.sideBySide(panels);
        String name = trial.caseName() + "-" + trial.image();
        writer.image(montage, name);
        writer.png(montage, name);
    }

    /** One line per case and image as it starts, and one per method as it finishes. */
    private record Progress(PrintStream out) implements BenchmarkListener {

        @Override
        public void trialStarting(Trial<?> trial) {
            out.printf("%s %s: %d methods%n", trial.caseName(), trial.image(), trial.methods().size());
        }

        @Override
        public void methodDone(Outcome o) {
            String seen = Double.isNaN(o.score().seenPsnr()) ? ""
                    : String.format(Locale.ROOT, " (seen pixels %.2f dB)", o.score().seenPsnr());
            out.printf(Locale.ROOT, "  %s %s %-12s PSNR %6.2f dB%s, SSIM %.4f, %8.2f s%n", o.caseName(), o.image(),
                    o.method(), o.score().psnr(), seen, o.score().ssim(), o.seconds());
        }
    }
}
