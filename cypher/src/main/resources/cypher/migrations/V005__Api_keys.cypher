// API keys of regions (issue #8): a public id, the region and role, and the SHA-256 digest of the
// secret (never the secret). Looked up by id on every keyed request; listed per region.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE INDEX api_key_regions IF NOT EXISTS FOR (k:ApiKey) ON (k.regionId);
