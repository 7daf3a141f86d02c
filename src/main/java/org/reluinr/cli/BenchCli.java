package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.reluinr.core.fit.FitProblem;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.TrainingStep;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.nn.Nd4jBackend;
import org.reluinr.core.operators.IdentityOperator;
import org.reluinr.core.tasks.RepresentationTask;

/**
 * {@code ./inr bench}: seconds per training iteration of a grayscale fit, the time spent in
 * its GEMMs measured in the same iterations, their ratio, ND4J start-up and peak memory.
 */
final class BenchCli {

    static final String NAME = "bench";

    private BenchCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "[options]",
                "Times full-batch training iterations (forward, backward, Adam) of a size × size grayscale fit.",
                List.of(new Option("size", "256", "image side in pixels"),
                        new Option("width", "300", "neurons per hidden layer"),
                        new Option("hidden_layers", "3", "hidden layers"),
                        new Option("iterations", "12", "timed iterations (the median is reported)"),
                        new Option("warmup", "3", "untimed iterations first")));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        cl.positionals();
        int size = cl.integer("size");
        int timed = cl.integer("iterations");
        int warmup = cl.integer("warmup");
        if (size < 2 || timed < 1 || warmup < 0) {
            throw new UsageException("--size must be ≥ 2, --iterations ≥ 1 and --warmup ≥ 0");
        }
        FitSettings settings = FitSettings.builder().width(cl.integer("width")).hiddenLayers(cl.integer("hidden_layers"))
                .c(9).learningRate(3e-3).iterations(warmup + timed).build();

        Nd4jBackend.initialise();
        out.printf("ND4J start-up           %8.3f s%n", Nd4jBackend.startupNanos() * 1e-9);
        out.printf("OpenBLAS core           %s (%d threads)%n", Nd4jBackend.blasCore(), Nd4jBackend.blasThreads());
        out.printf("OpenBLAS build          %s%n", Nd4jBackend.blasConfig());
        out.printf("OPENBLAS_CORETYPE       %s%n", String.valueOf(System.getenv("OPENBLAS_CORETYPE")));
        out.printf("OpenBLAS thread timeout %s%n", Nd4jBackend.blasThreadTimeout());

        CoordinateGrid grid = new CoordinateGrid(size, size);
        FitProblem problem = new FitProblem(grid, 1, new IdentityOperator(grid.points()), testPattern(size), null);
        TrainingStep step = new TrainingStep(problem, settings);
        for (int t = 0; t < warmup; t++) {
            step.evaluate();
            step.update(t);
        }
        double[] iteration = new double[timed];
        double[] gemm = new double[timed];
        for (int t = 0; t < timed; t++) {
            step.network().resetGemmNanos();
            long t0 = System.nanoTime();
            step.evaluate();
            step.update(warmup + t);
            iteration[t] = (System.nanoTime() - t0) * 1e-9;
            gemm[t] = step.network().gemmNanos() * 1e-9;
        }
        double it = median(iteration);
        double g = median(gemm);
        out.printf("fit                     %d×%d grayscale, width %d, %d hidden layers, %d timed iterations%n", size,
                size, settings.width(), settings.hiddenLayers(), timed);
        out.printf("seconds per iteration   %8.3f s (median)%n", it);
        out.printf("GEMMs per iteration     %8.3f s (median)%n", g);
        out.printf("iteration / GEMMs       %8.2f ×%n", it / g);
        out.printf("training plan           %s%n", step.plan());
        float[][] parameters = step.parameters().stream().map(p -> p.values().clone()).toArray(float[][]::new);
        InrModel model = new InrModel(RepresentationTask.NAME, settings, grid.sizes(),
                new IntensityRange(new float[] {0}, new float[] {1}), parameters);
        long r0 = System.nanoTime();
        model.render(grid.sizes());
        double renderSeconds = (System.nanoTime() - r0) * 1e-9;
        out.printf("render (model → image)  %8.3f s, %.2f megapixels/s%n", renderSeconds,
                grid.points() / renderSeconds / 1e6);
        out.printf("peak Java heap          %8.0f MB%n", peakHeapBytes() / 1e6);
        out.printf("peak resident memory    %8s%n", peakResident());
        out.printf("native memory limits    %s%n", Nd4jBackend.nativeMemoryLimits());
        return 0;
    }

    private static float[] testPattern(int size) {
        float[] v = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                v[y * size + x] = (float) (0.5 + 0.5 * Math.sin(0.2 * x) * Math.cos(0.13 * y));
            }
        }
        return v;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM of this process (Java heap + native buffers), or "n/a" off Linux. */
    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "n/a";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format("%.0f MB", kb / 1e3);
            }
        }
        return "n/a";
    }
}
