package org.reluinr.core.fit;

/**
 * The outcome of a fit: the network's output at the best iteration (channel-planar on the
 * problem's grid, [0, 1] scale), how the fit ended, and its history.
 *
 * @param reconstruction output of the best network found
 * @param bestLoss data loss of that network
 * @param bestIteration how many iterations (Adam updates) the kept network had received: 0 is
 *     the initialisation, {@code iterations} the network after the last iteration
 * @param iterations iterations run (Adam updates applied)
 * @param lossHistory loss of the network after 0, 1, … iterations: one entry per iteration
 *     run, and one more when the fit stopped at stop_loss (the network that reached it)
 * @param psnrHistory PSNR against the reference at each entry of the loss history (NaN when unknown)
 * @param seconds wall time of the training loop
 * @param parameters the kept network parameters, tensor by tensor as in
 *     {@link org.reluinr.core.nn.Mlp#parameters()}
 * @param pathNorm the kept network's path norm ({@link org.reluinr.core.nn.PathNorm})
 * @param heldOutError the kept network's error on the held-out measurements (NaN without them)
 * @param heldOutHistory that error at each entry of the loss history (NaN without held-out measurements)
 */
public record FitResult(float[] reconstruction, FitStatus status, String message, double bestLoss, int bestIteration,
        int iterations, double[] lossHistory, double[] psnrHistory, double seconds, float[][] parameters,
        double pathNorm, double heldOutError, double[] heldOutHistory) {

    /**
     * This fit as the continuation of {@code earlier}: this network, status and loss, the two
     * histories joined, iterations and time added, and the earlier held-out error where this
     * fit had no held-out measurements.
     */
    public FitResult after(FitResult earlier) {
        return new FitResult(reconstruction, status, message, bestLoss, earlier.iterations + bestIteration,
                earlier.iterations + iterations, join(earlier.lossHistory, lossHistory),
                join(earlier.psnrHistory, psnrHistory), earlier.seconds + seconds, parameters, pathNorm,
                Double.isNaN(heldOutError) ? earlier.heldOutError : heldOutError,
                join(earlier.heldOutHistory, heldOutHistory));
    }

    /** The same network judged by another loss (for example its data loss where it was fitted to an image). */
    public FitResult withLoss(double loss, FitStatus judged, String text) {
        return new FitResult(reconstruction, judged, text, loss, bestIteration, iterations, lossHistory, psnrHistory,
                seconds, parameters, pathNorm, heldOutError, heldOutHistory);
    }

    /** The same network's output on another grid (for example the image's, where it was fitted on a finer one). */
    public FitResult withReconstruction(float[] output) {
        return new FitResult(output, status, message, bestLoss, bestIteration, iterations, lossHistory, psnrHistory,
                seconds, parameters, pathNorm, heldOutError, heldOutHistory);
    }

    /** The same fit with another message. */
    public FitResult withMessage(String text) {
        return new FitResult(reconstruction, status, text, bestLoss, bestIteration, iterations, lossHistory,
                psnrHistory, seconds, parameters, pathNorm, heldOutError, heldOutHistory);
    }

    private static double[] join(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    public double secondsPerIteration() {
        return iterations == 0 ? Double.NaN : seconds / iterations;
    }
}
