package org.reluinr.core.classical;

import java.util.SplittableRandom;

import org.reluinr.core.operators.LinearOperator;

/** A small dense matrix as an operator, with the exact least-squares and normal-equation helpers tests need. */
final class DenseOperator implements LinearOperator {

    final double[][] m;

    DenseOperator(double[][] m) {
        this.m = m;
    }

    /** Rows × columns Gaussian entries, seeded. */
    static DenseOperator random(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return new DenseOperator(m);
    }

    @Override
    public int domainSize() {
        return m[0].length;
    }

    @Override
    public int rangeSize() {
        return m.length;
    }

    @Override
    public void apply(float[] x, float[] y) {
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += m[i][j] * x[j];
            }
            y[i] = (float) s;
        }
    }

    @Override
    public void adjoint(float[] y, float[] x) {
        for (int j = 0; j < x.length; j++) {
            double s = 0;
            for (int i = 0; i < m.length; i++) {
                s += m[i][j] * y[i];
            }
            x[j] = (float) s;
        }
    }

    /** Aᵀ(Ax − y) in double. */
    double[] gradient(float[] x, float[] y) {
        int n = domainSize();
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double s = -y[i];
            for (int j = 0; j < n; j++) {
                s += m[i][j] * x[j];
            }
            r[i] = s;
        }
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m.length; i++) {
                g[j] += m[i][j] * r[i];
            }
        }
        return g;
    }

    /** The solution of AᵀA x = Aᵀy by Gaussian elimination with partial pivoting. */
    double[] normalEquationSolution(float[] y) {
        int n = domainSize();
        double[][] s = new double[n][n + 1];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (double[] row : m) {
                    s[a][b] += row[a] * row[b];
                }
            }
            for (int i = 0; i < m.length; i++) {
                s[a][n] += m[i][a] * y[i];
            }
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(s[r][c]) > Math.abs(s[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = s[c];
            s[c] = s[pivot];
            s[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = s[r][c] / s[c][c];
                    for (int k = c; k <= n; k++) {
                        s[r][k] -= f * s[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int c = 0; c < n; c++) {
            x[c] = s[c][n] / s[c][c];
        }
        return x;
    }
}
