UNWIND $rows AS row
MATCH (:Member {regionId: $regionId, id: row.a})-[t:COLLABORATES_WITH {kind: row.kind}]->(:Member {regionId: $regionId, id: row.b})
DELETE t
RETURN count(*) AS deleted
