MATCH (k:ApiKey {regionId: $regionId})
RETURN k.id AS id, k.regionId AS regionId, k.label AS label, k.role AS role, k.secretHash AS secretHash,
       k.created AS created, k.revoked AS revoked
ORDER BY k.created, k.id
