// Embed tokens issued at or before this moment (epoch ms) stop working; never moves back in time.
MATCH (r:Region {id: $regionId})
SET r.embedTokensRevokedBefore = CASE WHEN r.embedTokensRevokedBefore IS NULL OR r.embedTokensRevokedBefore < $at
                                      THEN $at ELSE r.embedTokensRevokedBefore END
RETURN r.embedTokensRevokedBefore AS revokedBefore
