package dev.lightwork.analysis.thermal;

import java.util.Arrays;

/**
 * A symmetric positive definite conductance matrix in compressed rows, solved by conjugate gradients with an
 * incomplete Cholesky (IC(0)) preconditioner. Memory and work per iteration are linear in the number of paths.
 * <p>
 * Why our own: Hipparchus (in the target) has {@code ConjugateGradient} and a Jacobi preconditioner, but its only
 * sparse matrix ({@code OpenMapRealMatrix}) multiplies a vector through {@code getEntry} over all n x n entries, so
 * each iteration would be quadratic, and it has no incomplete factorisation. Conductance matrices are M-matrices
 * (positive diagonal, non-positive off-diagonals, diagonally dominant), for which IC(0) always exists; the caller
 * numbers nodes farthest-from-the-boundary first, so on a tree-shaped network IC(0) is the exact Cholesky factor and
 * CG converges in one step; meshes converge in tens of steps.
 */
final class SparseConductance {

    private final int n;
    private final int[] rowStart;
    private final int[] col; // sorted within each row, diagonal included
    private final double[] val;

    private SparseConductance(int n, int[] rowStart, int[] col, double[] val) {
        this.n = n;
        this.rowStart = rowStart;
        this.col = col;
        this.val = val;
    }

    /** Builds from an edge list (i, j, conductance) plus extra diagonal terms (conductance to fixed nodes). */
    static SparseConductance of(int n, int[] from, int[] to, double[] g, int edges, double[] diagonal) {
        int[] count = new int[n];
        for (int e = 0; e < edges; e++) {
            if (from[e] != to[e]) {
                count[from[e]]++;
                count[to[e]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + count[i] + 1;
        }
        int[] c = new int[start[n]];
        double[] v = new double[start[n]];
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            c[start[i]] = i;
            v[start[i]] = diagonal[i];
            fill[i] = start[i] + 1;
        }
        for (int e = 0; e < edges; e++) {
            int a = from[e];
            int b = to[e];
            if (a == b) {
                continue; // a path from a node to itself carries no heat
            }
            v[start[a]] += g[e];
            v[start[b]] += g[e];
            c[fill[a]] = b;
            v[fill[a]++] = -g[e];
            c[fill[b]] = a;
            v[fill[b]++] = -g[e];
        }
        // sort each row by column and merge parallel paths into one entry
        int[] outStart = new int[n + 1];
        int out = 0;
        Integer[] order = new Integer[0];
        for (int i = 0; i < n; i++) {
            int s = start[i];
            int len = start[i + 1] - s;
            if (order.length < len) {
                order = new Integer[Math.max(len, order.length * 2)];
            }
            for (int k = 0; k < len; k++) {
                order[k] = s + k;
            }
            final int[] cc = c;
            Arrays.sort(order, 0, len, (x, y) -> Integer.compare(cc[x], cc[y]));
            int[] rc = new int[len];
            double[] rv = new double[len];
            for (int k = 0; k < len; k++) {
                rc[k] = c[order[k]];
                rv[k] = v[order[k]];
            }
            outStart[i] = out;
            for (int k = 0; k < len; k++) {
                if (out > outStart[i] && c[out - 1] == rc[k]) {
                    v[out - 1] += rv[k];
                } else {
                    c[out] = rc[k];
                    v[out++] = rv[k];
                }
            }
        }
        outStart[n] = out;
        return new SparseConductance(n, outStart, Arrays.copyOf(c, out), Arrays.copyOf(v, out));
    }

    int size() {
        return n;
    }

    void multiply(double[] x, double[] y) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += val[k] * x[col[k]];
            }
            y[i] = s;
        }
    }

    /** Result of {@link #solve}: the solution and the relative residual reached. */
    record Result(double[] x, double relativeResidual, int iterations) {
    }

    /** Solves A x = b to a relative residual of {@code tolerance}, at most {@code maxIterations} steps. */
    Result solve(double[] b, double tolerance, int maxIterations) {
        double[] x = new double[n];
        double bNorm = norm(b);
        if (bNorm == 0) {
            return new Result(x, 0, 0);
        }
        Preconditioner m = incompleteCholesky();
        double[] r = b.clone();
        double[] z = new double[n];
        m.apply(r, z);
        double[] p = z.clone();
        double[] q = new double[n];
        double rz = dot(r, z);
        double residual = 1;
        int it = 0;
        while (it < maxIterations) {
            multiply(p, q);
            double pq = dot(p, q);
            if (!(pq > 0)) {
                break; // breakdown: not positive definite in floating point (conductances many decades apart)
            }
            double alpha = rz / pq;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * q[i];
            }
            it++;
            residual = norm(r) / bNorm;
            if (residual <= tolerance) {
                break;
            }
            m.apply(r, z);
            double rzNext = dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        // the recurrence residual drifts from the true one; report the true one
        multiply(x, q);
        double[] trueR = new double[n];
        for (int i = 0; i < n; i++) {
            trueR[i] = b[i] - q[i];
        }
        return new Result(x, norm(trueR) / bNorm, it);
    }

    private interface Preconditioner {
        void apply(double[] r, double[] z);
    }

    /** IC(0): L with the lower pattern of A, A ~ L L^T; falls back to the diagonal if a pivot is not positive. */
    private Preconditioner incompleteCholesky() {
        int[] lowerEnd = new int[n]; // row i's entries k < i are rowStart[i] .. diagonal position - 1
        int[] diagPos = new int[n];
        for (int i = 0; i < n; i++) {
            int k = rowStart[i];
            while (k < rowStart[i + 1] && col[k] < i) {
                k++;
            }
            diagPos[i] = k;
            lowerEnd[i] = k;
        }
        double[] l = new double[val.length];
        boolean ok = true;
        for (int i = 0; i < n && ok; i++) {
            for (int k = rowStart[i]; k < lowerEnd[i]; k++) {
                int j = col[k];
                // sparse dot of row i and row j over columns < j
                double s = val[k];
                int a = rowStart[i];
                int bb = rowStart[j];
                while (a < k && bb < lowerEnd[j]) {
                    if (col[a] == col[bb]) {
                        s -= l[a++] * l[bb++];
                    } else if (col[a] < col[bb]) {
                        a++;
                    } else {
                        bb++;
                    }
                }
                l[k] = s / l[diagPos[j]];
            }
            double d = val[diagPos[i]];
            for (int k = rowStart[i]; k < lowerEnd[i]; k++) {
                d -= l[k] * l[k];
            }
            if (!(d > 0) || !Double.isFinite(d)) {
                ok = false;
            } else {
                l[diagPos[i]] = Math.sqrt(d);
            }
        }
        if (!ok) {
            double[] inv = new double[n];
            for (int i = 0; i < n; i++) {
                inv[i] = 1 / val[diagPos[i]];
            }
            return (r, z) -> {
                for (int i = 0; i < n; i++) {
                    z[i] = r[i] * inv[i];
                }
            };
        }
        return (r, z) -> {
            // L y = r
            for (int i = 0; i < n; i++) {
                double s = r[i];
                for (int k = rowStart[i]; k < lowerEnd[i]; k++) {
                    s -= l[k] * z[col[k]];
                }
                z[i] = s / l[diagPos[i]];
            }
            // L^T z = y, column-wise over the rows of L
            for (int i = n - 1; i >= 0; i--) {
                z[i] /= l[diagPos[i]];
                double zi = z[i];
                for (int k = rowStart[i]; k < lowerEnd[i]; k++) {
                    z[col[k]] -= l[k] * zi;
                }
            }
        };
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
