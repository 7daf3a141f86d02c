package org.reluinr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.reluinr.core.Failures;

/**
 * The command-line front door: {@code ./inr COMMAND ...}. Errors in the input are printed as
 * one line starting with "error:" and give exit status 2; any other failure (unreadable files, a
 * missing library or native library, memory, a bug) is one such line too, with exit status 1.
 */
public final class Main {

    private static final String USAGE = """
            usage: ./inr COMMAND [ARGS] [--key value ...]

            ReLU-INR fits implicit neural representations (BW-ReLU networks) to images.

            commands:
              fit IMAGE         fit an INR to an image; writes the reconstruction and metrics
              superres IMAGE    super-resolution: an INR whose block averages match IMAGE
              ct SINOGRAM       CT reconstruction: an INR whose Radon transform matches SINOGRAM
              radon IMAGE       simulate a parallel-beam sinogram
              fbp SINOGRAM      filtered back-projection (the classical CT reconstruction)
              recon SINOGRAM    classical CT baselines: fbp, cgls, sirt, nnls or tv (TV weight from held-out angles)
              upscale IMAGE     classical upscaling baselines: bicubic, cubic, ibp or tv
              select-c INPUT    choose the BW-ReLU scale c by the lowest path norm at equal data fit
              compare INPUT     run every activation (BW-ReLU and the baselines) on the same data
              render MODEL      sample a saved model (--model_file) at any size and region
              holdout STACK     predict held-out z-slices: 3D INR vs per-slice 2D INRs vs linear
              phantom3d         write a 3D test volume (Shepp-Logan phantom) to try volume fits
              demo              fit the bundled cameraman (test-images/camera_256.png)
              benchmark         score every method (INR, bicubic, FBP, ...) on the same prepared cases
              bench             time training iterations and their GEMMs

            ./inr COMMAND --help explains every option of a command.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case FitCli.NAME -> FitCli.run(rest, out);
                case SuperResCli.NAME -> SuperResCli.run(rest, out);
                case CtCli.NAME -> CtCli.run(rest, out);
                case RadonCli.NAME -> RadonCli.run(rest, out);
                case FbpCli.NAME -> FbpCli.run(rest, out);
                case ReconCli.NAME -> ReconCli.run(rest, out);
                case UpscaleCli.NAME -> UpscaleCli.run(rest, out);
                case SelectCCli.NAME -> SelectCCli.run(rest, out);
                case CompareCli.NAME -> CompareCli.run(rest, out);
                case RenderCli.NAME -> RenderCli.run(rest, out);
                case HoldoutCli.NAME -> HoldoutCli.run(rest, out);
                case PhantomCli.NAME -> PhantomCli.run(rest, out);
                case DemoCli.NAME -> DemoCli.run(rest, home(), out);
                case BenchmarkCli.NAME -> BenchmarkCli.run(rest, home(), out);
                case BenchCli.NAME -> BenchCli.run(rest, out);
                default -> throw new UsageException("unknown command '" + args[0] + "'; run ./inr --help");
            };
        } catch (UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (Throwable e) {
            err.println("error: " + Failures.message(e, Failures.Door.CLI));
            return 1;
        }
    }

    /** The installation folder (set by the launcher), where test-images/ lives. */
    private static Path home() {
        return Path.of(System.getProperty("reluinr.home", "."));
    }
}
