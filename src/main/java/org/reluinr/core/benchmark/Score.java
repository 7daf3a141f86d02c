package org.reluinr.core.benchmark;

/**
 * A result's quality on the ground truth's [0, 1] scale: PSNR (dB) and SSIM as the family's
 * {@link Scoring} measures them, and for the render cases the PSNR on the seen pixels (NaN elsewhere).
 */
public record Score(double psnr, double ssim, double seenPsnr) {
}
