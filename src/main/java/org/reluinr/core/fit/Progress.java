package org.reluinr.core.fit;

/**
 * The state after evaluating the network at iteration {@code iteration} (1-based) of
 * {@code totalIterations}: data loss, PSNR against the reference (NaN when unknown) and the
 * training speed so far, from which the time spent and the time left follow.
 */
public record Progress(int iteration, int totalIterations, double loss, double psnr, double iterationsPerSecond) {

    public String describe() {
        String text = String.format("iteration %d/%d  loss %.3e", iteration, totalIterations, loss);
        if (!Double.isNaN(psnr)) {
            text += String.format("  PSNR %.2f dB", psnr);
        }
        return text + String.format("  %.2f it/s  %s elapsed, %s left", iterationsPerSecond, Clock.format(elapsedSeconds()),
                Clock.format(remainingSeconds()));
    }

    /**
     * The same for a narrow status line, what matters first: how far, how long still, then
     * the loss, the PSNR and the time spent; {@code hint} follows the time left.
     */
    public String brief(String hint) {
        String text = String.format("%d/%d, %s left%s, loss %.2e", iteration, totalIterations,
                Clock.format(remainingSeconds()), hint, loss);
        if (!Double.isNaN(psnr)) {
            text += String.format(", PSNR %.2f dB", psnr);
        }
        return text + ", " + Clock.format(elapsedSeconds()) + " elapsed";
    }

    public double elapsedSeconds() {
        return iteration / iterationsPerSecond;
    }

    /** At the speed so far. */
    public double remainingSeconds() {
        return (totalIterations - iteration) / iterationsPerSecond;
    }
}
