CREATE INDEX probe_a IF NOT EXISTS FOR (n:Probe) ON (n.a);
