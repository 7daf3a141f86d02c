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
import org.reluinr.core.fit.Setting;
import org.reluinr.core.fit.SettingHelp;
import org.reluinr.core.fit.TrainingStep;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.classical.CtBaselines;
import org.reluinr.core.nn.Nd4jBackend;
import org.reluinr.core.nn.Precision;
import org.reluinr.core.operators.AveragePoolOperator;
import org.reluinr.core.operators.IdentityOperator;
import org.reluinr.core.operators.LinearOperator;
import org.reluinr.core.operators.ProjectionAngles;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.SuperResolutionTask;

/**
 * {@code ./inr bench}: seconds per training iteration of a task (fit, superres, ct, volume) at
 * a given size, where they go (the network's GEMMs, its activation passes, the operator's
 * forward and adjoint, the image prior, Adam) measured in the same iterations, ND4J start-up,
 * the OpenBLAS kernel (and whether an inherited variable chose it) and peak memory.
 */
final class BenchCli {

    static final String NAME = "bench";

    static final List<String> TASKS = List.of("fit", "superres", "ct", "volume");

    private BenchCli() {
    }

    static CommandLine commandLine() {
        return new CommandLine(NAME, "[options]",
                "Times full-batch training iterations (forward, loss, backward, Adam) of a task on a synthetic image.",
                List.of(new Option("task", "fit", "fit (size × size), superres (to size × size, from size/scale),"
                                + " ct (size × size from angles projections) or volume (size × size × depth)"),
                        new Option("size", "256", "side in pixels of the grid the network is sampled on"),
                        new Option("scale", "4", "superres: upscaling factor"),
                        new Option("angles", "100", "ct: projections over 180°"),
                        new Option("depth", "64", "volume: slices"),
                        new Option("width", "300", "neurons per hidden layer"),
                        new Option("hidden_layers", "3", "hidden layers"),
                        new Option(Setting.PRECISION.key(), Precision.FP32.key(), SettingHelp.PRECISION),
                        new Option("iterations", "12", "timed iterations (the median is reported)"),
                        new Option("warmup", "3", "untimed iterations first")));
    }

    static int run(String[] args, PrintStream out) throws IOException {
        CommandLine cl = commandLine();
        if (!cl.parseOrHelp(args, out)) {
            return 0;
        }
        cl.positionals();
        String task = cl.string("task");
        int size = cl.integer("size");
        int timed = cl.integer("iterations");
        int warmup = cl.integer("warmup");
        if (!TASKS.contains(task)) {
            throw new UsageException("--task must be one of " + String.join(", ", TASKS) + ", got '" + task + "'");
        }
        if (size < 2 || timed < 1 || warmup < 0) {
            throw new UsageException("--size must be ≥ 2, --iterations ≥ 1 and --warmup ≥ 0");
        }
        FitSettings settings = FitSettings.builder().width(cl.integer("width")).hiddenLayers(cl.integer("hidden_layers"))
                .c(9).learningRate(3e-3).iterations(warmup + timed).precision(cl.string(Setting.PRECISION.key())).build();
        BenchProblem bench = problem(task, size, cl);

        Nd4jBackend.initialise();
        out.printf("ND4J start-up           %8.3f s%n", Nd4jBackend.startupNanos() * 1e-9);
        out.printf("OpenBLAS core           %s (%d threads)%s%n", Nd4jBackend.blasCore(), Nd4jBackend.blasThreads(),
                kernelChoice());
        out.printf("OpenBLAS build          %s%n", Nd4jBackend.blasConfig());
        out.printf("OpenBLAS thread timeout %s%n", Nd4jBackend.blasThreadTimeout());

        FitProblem problem = bench.problem();
        TrainingStep step = new TrainingStep(problem, settings);
        for (int t = 0; t < warmup; t++) {
            step.evaluate();
            step.update(t);
        }
        double[] iteration = new double[timed];
        double[] gemm = new double[timed];
        double[] network = new double[timed];
        double[] operator = new double[timed];
        double[] optimiser = new double[timed];
        for (int t = 0; t < timed; t++) {
            step.network().resetGemmNanos();
            step.times().reset();
            long t0 = System.nanoTime();
            step.evaluate();
            step.update(warmup + t);
            iteration[t] = (System.nanoTime() - t0) * 1e-9;
            gemm[t] = step.network().gemmNanos() * 1e-9;
            network[t] = step.times().networkNanos() * 1e-9;
            operator[t] = step.times().lossNanos() * 1e-9;
            optimiser[t] = step.times().optimiserNanos() * 1e-9;
        }
        double it = median(iteration);
        double g = median(gemm);
        out.printf("task                    %s, width %d, %d hidden layers, %d timed iterations, precision %s%n",
                bench.description(), settings.width(), settings.hiddenLayers(), timed, settings.precision());
        out.printf("seconds per iteration   %8.3f s (median)   %5.2f × GEMMs%n", it, it / g);
        out.printf("  network GEMMs         %8.3f s%n", g);
        part(out, "  activation passes", median(subtract(network, gemm)), g, it);
        part(out, "  operator fwd+adjoint", median(operator), g, it);
        part(out, "  Adam", median(optimiser), g, it);
        out.printf("iteration / GEMMs       %8.2f ×%n", it / g);
        out.printf("training plan           %s%n", step.plan());
        if (task.equals("fit")) {
            render(out, settings, problem.grid(), step);
        }
        out.printf("peak Java heap          %8.0f MB%n", peakHeapBytes() / 1e6);
        out.printf("peak resident memory    %8s%n", peakResident());
        out.printf("native memory limits    %s%n", Nd4jBackend.nativeMemoryLimits());
        return 0;
    }

    /** What was timed: the problem and its description. */
    private record BenchProblem(FitProblem problem, String description) {
    }

    /** The task's problem on a synthetic image, with the operator and metric the task itself uses. */
    private static BenchProblem problem(String task, int size, CommandLine cl) {
        CoordinateGrid grid = new CoordinateGrid(size, size);
        float[] image = testPattern(size);
        switch (task) {
            case "superres" -> {
                int scale = SuperResolutionTask.requireScale(cl.integer("scale"));
                if (size % scale != 0) {
                    throw new UsageException("--size must be a multiple of --scale");
                }
                AveragePoolOperator pool = new AveragePoolOperator(size / scale, size / scale, scale);
                return new BenchProblem(new FitProblem(grid, 1, pool, apply(pool, image), null),
                        String.format("superres ×%d to %d×%d", scale, size, size));
            }
            case "ct" -> {
                int angles = cl.integer("angles");
                if (angles < 1) {
                    throw new UsageException("--angles must be ≥ 1");
                }
                LinearOperator metric = CtBaselines.metric(size, ProjectionAngles.evenlySpaced(angles, 180));
                return new BenchProblem(new FitProblem(grid, 1, metric, apply(metric, image), null),
                        String.format("ct %d×%d from %d angles (√ramp metric)", size, size, angles));
            }
            case "volume" -> {
                int depth = cl.integer("depth");
                if (depth < 2) {
                    throw new UsageException("--depth must be ≥ 2");
                }
                CoordinateGrid volume = new CoordinateGrid(size, size, depth);
                float[] stack = new float[volume.points()];
                for (int z = 0; z < depth; z++) {
                    System.arraycopy(image, 0, stack, z * image.length, image.length);
                }
                return new BenchProblem(new FitProblem(volume, 1, new IdentityOperator(volume.points()), stack, null),
                        String.format("volume %d×%d×%d", size, size, depth));
            }
            default -> {
                return new BenchProblem(new FitProblem(grid, 1, new IdentityOperator(grid.points()), image, null),
                        String.format("fit %d×%d grayscale", size, size));
            }
        }
    }

    private static float[] apply(LinearOperator operator, float[] image) {
        float[] measured = new float[operator.rangeSize()];
        operator.apply(image, measured);
        return measured;
    }

    private static void part(PrintStream out, String name, double seconds, double gemm, double iteration) {
        out.printf("%-22s  %8.3f s   %5.2f × GEMMs, %4.1f%% of the iteration%n", name, seconds, seconds / gemm,
                100 * seconds / iteration);
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** Users' machines let OpenBLAS pick the kernel for their CPU; a variable set in this shell overrides it. */
    private static String kernelChoice() {
        String coreType = System.getenv("OPENBLAS_CORETYPE");
        String l2 = System.getenv("OPENBLAS_L2_SIZE");
        if (coreType == null && l2 == null) {
            return ", chosen by OpenBLAS for this CPU";
        }
        return ", chosen by the inherited " + (coreType == null ? "" : "OPENBLAS_CORETYPE=" + coreType + " ")
                + (l2 == null ? "" : "OPENBLAS_L2_SIZE=" + l2 + " ")
                + "(users' machines do not set it; for their figures run: env -u OPENBLAS_CORETYPE"
                + " -u OPENBLAS_L2_SIZE ./inr bench)";
    }

    /** How fast the trained model renders on its own grid. */
    private static void render(PrintStream out, FitSettings settings, CoordinateGrid grid, TrainingStep step) {
        float[][] parameters = step.parameters().stream().map(p -> p.values().clone()).toArray(float[][]::new);
        InrModel model = new InrModel(RepresentationTask.NAME, settings, grid.sizes(),
                new IntensityRange(new float[] {0}, new float[] {1}), parameters);
        long r0 = System.nanoTime();
        model.render(grid.sizes());
        double renderSeconds = (System.nanoTime() - r0) * 1e-9;
        out.printf("render (model → image)  %8.3f s, %.2f megapixels/s%n", renderSeconds,
                grid.points() / renderSeconds / 1e6);
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
