MATCH (m:__Migration)
RETURN m.version AS version, m.file AS file, m.checksum AS checksum
ORDER BY version
