// A data migration next to the schema one, two statements in one file.
MERGE (:Probe {a: 1});
MERGE (:Probe {a: 2})
