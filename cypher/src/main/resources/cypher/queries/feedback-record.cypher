// One decision per unordered pair: the latest replaces an earlier one. No data version bump: a
// decision changes what is suggested, not the region's network.
MERGE (f:SuggestionFeedback {regionId: $regionId, pairKey: $pairKey})
SET f.memberId = $memberId, f.partnerId = $partnerId, f.decision = $decision, f.decidedAt = datetime()
RETURN f.pairKey AS pairKey
