package org.coopgraph.api.network;

import java.util.HashMap;
import java.util.Map;

/**
 * Fruchterman-Reingold force steps in place: neighbours attract (d^2/k), nearby nodes repel (k^2/d,
 * counted up to distance 2k, so only the 3x3 grid cells of side 2k around a node are searched), a weak pull keeps each node near its
 * community's disc so separate parts do not drift apart, and the step size cools linearly.
 */
final class ForceRefinement {

    private static final double GRAVITY = 0.01;

    private final double[] x;
    private final double[] y;
    private final double[][] centre;
    private final int[][] edges;
    private final double k;

    ForceRefinement(double[] x, double[] y, double[][] centre, int[][] edges, double k) {
        this.x = x;
        this.y = y;
        this.centre = centre;
        this.edges = edges;
        this.k = k;
    }

    void run(int iterations) {
        int n = x.length;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int it = 0; it < iterations; it++) {
            double temperature = k * 3 * (1 - (double) it / iterations);
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            repel(dx, dy);
            for (int[] e : edges) {
                double ex = x[e[0]] - x[e[1]];
                double ey = y[e[0]] - y[e[1]];
                double d = Math.max(Math.hypot(ex, ey), 0.01);
                double f = d / k;               // (d^2 / k) / d, the unit vector folded in
                dx[e[0]] -= ex * f;
                dy[e[0]] -= ey * f;
                dx[e[1]] += ex * f;
                dy[e[1]] += ey * f;
            }
            for (int i = 0; i < n; i++) {
                dx[i] += (centre[i][0] - x[i]) * GRAVITY * k;
                dy[i] += (centre[i][1] - y[i]) * GRAVITY * k;
                double len = Math.hypot(dx[i], dy[i]);
                if (len > 0) {
                    double step = Math.min(len, temperature) / len;
                    x[i] += dx[i] * step;
                    y[i] += dy[i] * step;
                }
            }
        }
    }

    private void repel(double[] dx, double[] dy) {
        double cell = 2 * k;
        double reach = cell * cell;
        Map<Long, Cell> grid = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            grid.computeIfAbsent(cellKey((long) Math.floor(x[i] / cell), (long) Math.floor(y[i] / cell)), c -> new Cell()).add(i);
        }
        for (int i = 0; i < x.length; i++) {
            long cx = (long) Math.floor(x[i] / cell);
            long cy = (long) Math.floor(y[i] / cell);
            double xi = x[i];
            double yi = y[i];
            double fx = 0;
            double fy = 0;
            for (long gx = cx - 1; gx <= cx + 1; gx++) {
                for (long gy = cy - 1; gy <= cy + 1; gy++) {
                    Cell others = grid.get(cellKey(gx, gy));
                    if (others == null) {
                        continue;
                    }
                    for (int q = 0; q < others.size; q++) {
                        int j = others.items[q];
                        double ex = xi - x[j];
                        double ey = yi - y[j];
                        double d2 = ex * ex + ey * ey;
                        if (j == i || d2 > reach) {
                            continue;   // a sharp cut-off keeps the forces symmetric: no drift to cell edges
                        }
                        double f = k * k / Math.max(d2, 0.01);   // (k^2 / d) / d
                        fx += ex * f;
                        fy += ey * f;
                    }
                }
            }
            dx[i] += fx;
            dy[i] += fy;
        }
    }

    /** The nodes in one grid cell, as a growable int array (no boxing in the inner loop). */
    private static final class Cell {
        int[] items = new int[8];
        int size;

        void add(int node) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = node;
        }
    }

    private static long cellKey(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }
}
