// A new key; the id is random and the unique constraint refuses a (vanishingly unlikely) repeat.
CREATE (k:ApiKey {id: $id, regionId: $regionId, label: $label, role: $role, secretHash: $secretHash,
                  created: datetime()})
RETURN k.id AS id, k.regionId AS regionId, k.label AS label, k.role AS role, k.secretHash AS secretHash,
       k.created AS created, k.revoked AS revoked
