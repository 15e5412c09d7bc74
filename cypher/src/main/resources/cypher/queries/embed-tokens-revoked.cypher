MATCH (r:Region {id: $regionId})
RETURN r.embedTokensRevokedBefore AS revokedBefore
