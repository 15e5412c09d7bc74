MATCH (f:SuggestionFeedback {regionId: $regionId, memberId: $memberId})
USING INDEX SEEK f:SuggestionFeedback(regionId, memberId)
WHERE f.decision = $decision
RETURN f.partnerId AS partnerId
UNION
MATCH (f:SuggestionFeedback {regionId: $regionId, partnerId: $memberId})
USING INDEX SEEK f:SuggestionFeedback(regionId, partnerId)
WHERE f.decision = $decision
RETURN f.memberId AS partnerId
