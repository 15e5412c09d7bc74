"""Times NetworkX and python-igraph on the graphs bench-analytics exported, in the same run, and
prints one table with coopgraph's figures (from coopgraph.json) and the ratios peer / coopgraph.

usage: /usr/bin/python3 analytics_peers.py <outDir>

Betweenness is unweighted (hop distance) in all three, undirected, raw (pairs counted once).
Communities: Leiden in coopgraph (cwts, weighted modularity) and igraph, Louvain in NetworkX; all
three partitions are scored with one formula (igraph's weighted modularity) so the Q column compares.
python-igraph 0.10.2 (Debian) has no pivot-sampled betweenness, so at 100k igraph's figure is an
extrapolation from its exact per-source cost at 10k and is marked as such."""
import json
import os
import sys
import time

import igraph as ig
import networkx as nx

out = sys.argv[1]
coop = json.load(open(os.path.join(out, "coopgraph.json")))
sizes = sorted(int(k) for k in coop if k.isdigit())
rows = []
notes = []
per_source_igraph = {}


def timed(work):
    start = time.perf_counter()
    value = work()
    return time.perf_counter() - start, value


def load(n):
    path = os.path.join(out, "edges-%d.tsv" % n)
    edges, weights = [], []
    with open(path) as f:
        nodes = int(f.readline().split()[2])
        for line in f:
            a, b, w = line.split("\t")
            edges.append((int(a), int(b)))
            weights.append(float(w))
    g = ig.Graph(n=nodes, edges=edges, directed=False)
    g.es["weight"] = weights
    h = nx.Graph()
    h.add_nodes_from(range(nodes))
    h.add_weighted_edges_from((a, b, w) for (a, b), w in zip(edges, weights))
    return g, h


def floats(name):
    with open(os.path.join(out, name)) as f:
        return [float(x) for x in f]


def rel_l1(est, exact):
    total = sum(exact)
    return sum(abs(a - b) for a, b in zip(est, exact)) / total if total else 0.0


def top_overlap(est, exact, k=20):
    top = lambda s: set(sorted(range(len(s)), key=lambda v: (-s[v], v))[:k])
    return len(top(est) & top(exact)) / k


def row(measure, n, c, i, x, extra=""):
    rows.append((measure, n, c, i, x, extra))


for n in sizes:
    c = coop[str(n)]
    pivots = c["pivots"]
    g, h = load(n)
    nn = g.vcount()
    print("peers, %d members in the graph, %d edges, load average %.1f" % (nn, g.ecount(), os.getloadavg()[0]), flush=True)

    t_i, comps_i = timed(lambda: g.connected_components())
    t_x, comps_x = timed(lambda: nx.number_connected_components(h))
    assert len(comps_i) == comps_x == c["components"], (len(comps_i), comps_x, c["components"])
    row("connected components", n, c["components_s"], t_i, t_x, "%d components (all agree)" % comps_x)

    t_i, ap_i = timed(lambda: g.articulation_points())
    t_x, ap_x = timed(lambda: list(nx.articulation_points(h)))
    assert len(ap_i) == len(set(ap_x)) == c["articulation_points"], (len(ap_i), len(set(ap_x)), c["articulation_points"])
    row("articulation points", n, c["articulation_points_s"], t_i, t_x, "%d points (all agree)" % len(ap_i))

    t_i, leiden = timed(lambda: g.community_leiden(objective_function="modularity", weights="weight",
                                                   n_iterations=10, resolution_parameter=1.0))
    t_x, louvain = timed(lambda: nx.algorithms.community.louvain_communities(h, weight="weight", seed=1))
    labels_x = [0] * nn
    for k, members in enumerate(louvain):
        for v in members:
            labels_x[v] = k
    with open(os.path.join(out, "leiden-%d.txt" % n)) as f:
        labels_c = [int(x) for x in f]
    q_c = g.modularity(labels_c, weights="weight")
    q_i = g.modularity(leiden.membership, weights="weight")
    q_x = g.modularity(labels_x, weights="weight")
    row("communities (Leiden/Leiden/Louvain)", n, c["leiden_s"], t_i, t_x,
        "Q %.4f / %.4f / %.4f; %d / %d / %d communities" % (q_c, q_i, q_x, c["leiden_communities"], len(leiden), len(louvain)))

    if "betweenness_exact_s" in c:
        t_i, exact_i = timed(lambda: g.betweenness(directed=False))
        per_source_igraph[n] = (t_i / nn, g.ecount())
        print("  igraph exact betweenness %.1f s" % t_i, flush=True)
        t_x, exact_x = timed(lambda: nx.betweenness_centrality(h, normalized=False))
        exact_x = [exact_x[v] for v in range(nn)]
        print("  networkx exact betweenness %.1f s" % t_x, flush=True)
        exact_c = floats("betweenness-exact-%d.txt" % n)
        diff = max(abs(a - b) / max(1.0, abs(b)) for a, b in zip(exact_c, exact_i))
        diff_x = max(abs(a - b) / max(1.0, abs(b)) for a, b in zip(exact_x, exact_i))
        row("betweenness, exact", n, c["betweenness_exact_s"], t_i, t_x,
            "max rel. diff vs igraph: coopgraph %.1e, NetworkX %.1e" % (diff, diff_x))
        t_xs, est_x = timed(lambda: nx.betweenness_centrality(h, k=pivots, normalized=False, seed=1))
        est_x = [est_x[v] for v in range(nn)]
        est_c = floats("betweenness-sampled-%d.txt" % n)
        row("betweenness, %d pivots" % pivots, n, c["betweenness_sampled_s"], None, t_xs,
            "error vs exact (rel. L1 / top-20 overlap): coopgraph %.3f / %.2f, NetworkX %.3f / %.2f"
            % (rel_l1(est_c, exact_i), top_overlap(est_c, exact_i), rel_l1(est_x, exact_i), top_overlap(est_x, exact_i)))
        peer_i = t_i
        peer_x = t_x
    else:
        t_xs, _ = timed(lambda: nx.betweenness_centrality(h, k=pivots, normalized=False, seed=1))
        print("  networkx %d-pivot betweenness %.1f s" % (pivots, t_xs), flush=True)
        est_i = None
        if per_source_igraph:
            small = max(per_source_igraph)
            cost, m_small = per_source_igraph[small]
            est_i = cost * (g.ecount() / m_small) * pivots
        row("betweenness, %d pivots" % pivots, n, c["betweenness_sampled_s"], None, t_xs,
            "igraph: no pivot sampling in 0.10.2; its exact per-source cost at %d scaled to these edges"
            " and %d pivots would be ~%.0f s (extrapolated)" % (small, pivots, est_i) if est_i else "")
        peer_i = est_i
        peer_x = t_xs
    # The measures a full cross-sector analysis needs, as the peers would run them.
    base = [r for r in rows if r[1] == n and r[0] in ("connected components", "articulation points",
                                                       "communities (Leiden/Leiden/Louvain)")]
    sum_i = sum(r[3] for r in base) + (peer_i or 0)
    sum_x = sum(r[4] for r in base) + peer_x
    row("FULL cross-sector analysis vs peers' sum of its measures", n, c["full_cross_sector_s"],
        sum_i if peer_i else None, sum_x,
        "coopgraph also computes mixing, E-I, brokerage roles, constraint, bridges, cut-off lists"
        + ("" if "betweenness_exact_s" in c else "; igraph sum uses the extrapolated betweenness"))


def fmt(t):
    return "n/a" if t is None else ("%.3f" % t if t < 10 else "%.1f" % t)


def ratio(peer, mine):
    return "n/a" if peer is None or not mine else "%.1fx" % (peer / mine)


lines = ["| measure | members | coopgraph s | igraph s | NetworkX s | igraph / coopgraph | NetworkX / coopgraph | notes |",
         "|---|---:|---:|---:|---:|---:|---:|---|"]
for measure, n, c, i, x, extra in rows:
    lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (measure, format(n, ","), fmt(c), fmt(i), fmt(x),
                                                             ratio(i, c), ratio(x, c), extra))
for n in sizes:
    c = coop[str(n)]
    lines.append("")
    lines.append("coopgraph %s members (%d threads): competences %.2f s, value-chain summary %.2f s, full cross-sector %.2f s"
                 % (format(n, ","), c["threads"], c["competences_s"], c["value_chain_summary_s"], c["full_cross_sector_s"]))
if "http" in coop:
    lines.append("")
    lines.append("| endpoint (HTTP, synthetic-%s) | first request s | body bytes | cached 200 p50 / p95 ms | 304 p50 / p95 ms |"
                 % format(sizes[0], ","))
    lines.append("|---|---:|---:|---:|---:|")
    for endpoint, e in coop["http"].items():
        if isinstance(e, dict):
            lines.append("| %s | %.2f | %s | %.1f / %.1f | %.1f / %.1f |" % (
                endpoint, e["first_request_s"], format(e["body_bytes"], ","), e["cached_200_ms"]["p50"],
                e["cached_200_ms"]["p95"], e["revalidated_304_ms"]["p50"], e["revalidated_304_ms"]["p95"]))
    lines.append("")
    lines.append("import of the region over HTTP: %.1f s (%s bytes)" % (coop["http"]["import_s"],
                                                                        format(coop["http"]["import_bytes"], ",")))
table = "\n".join(lines)
print(table)
with open(os.path.join(out, "results.md"), "w") as f:
    f.write("NetworkX %s, python-igraph %s, load average at the end %.1f\n\n%s\n"
            % (nx.__version__, ig.__version__, os.getloadavg()[0], table))
