#!/usr/bin/python3
"""NetworkX reference for the suggestion benchmark: Adamic-Adar of sampled members against every
non-neighbour on the same collaboration graph, timed, and compared with coopgraph's values."""
import statistics
import sys
import time

import networkx as nx

out = sys.argv[1]
G = nx.Graph()
G.add_nodes_from(line.strip() for line in open(f"{out}/nodes.txt"))
G.add_edges_from(line.rstrip("\n").split("\t") for line in open(f"{out}/edges.tsv"))

ours = {}
members = []
for line in open(f"{out}/ours.tsv"):
    a, b, value = line.rstrip("\n").split("\t")
    if b == "*":
        members.append(a)
    else:
        ours[(a, b)] = float(value)

times = []
worst = 0.0
checked = 0
for a in members:
    start = time.perf_counter()
    scores = list(nx.adamic_adar_index(G, ((a, b) for b in G if b != a and not G.has_edge(a, b))))
    times.append(time.perf_counter() - start)
    for u, v, value in scores:
        if value > 0:
            checked += 1
            worst = max(worst, abs(value - ours.get((u, v), 0.0)))
nonzero_ours = len(ours)
times.sort()
p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
print(f"NetworkX {nx.__version__} Adamic-Adar, one member against all non-neighbours ({len(members)} members):"
      f" mean {statistics.mean(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")
print(f"NetworkX all {G.number_of_nodes()} members (estimated from the mean): {statistics.mean(times) * G.number_of_nodes():.0f} s")
print(f"values: {checked} non-zero NetworkX scores vs {nonzero_ours} of coopgraph's; largest difference {worst:.2e}")
