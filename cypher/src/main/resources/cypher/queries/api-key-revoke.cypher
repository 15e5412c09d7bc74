// Revoking keeps the node, so the key list still shows who had access and until when.
MATCH (k:ApiKey {id: $id, regionId: $regionId})
SET k.revoked = coalesce(k.revoked, datetime())
RETURN k.id AS id
