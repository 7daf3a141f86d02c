package org.reluinr.core.operators;

/**
 * A linear forward model A from an unknown image (one channel, {@link #domainSize()}
 * values) to measurements ({@link #rangeSize()} values), with its exact adjoint Aᵀ.
 * Implementations must satisfy ⟨A x, y⟩ = ⟨x, Aᵀ y⟩ and be safe to call from one thread
 * at a time.
 */
public interface LinearOperator {

    int domainSize();

    int rangeSize();

    /** y ← A x. */
    void apply(float[] x, float[] y);

    /** x ← Aᵀ y. */
    void adjoint(float[] y, float[] x);
}
