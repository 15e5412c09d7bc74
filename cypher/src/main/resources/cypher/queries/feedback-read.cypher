MATCH (f:SuggestionFeedback {regionId: $regionId})
USING INDEX f:SuggestionFeedback(regionId)
RETURN f.memberId AS memberId, f.partnerId AS partnerId, f.decision AS decision
ORDER BY f.pairKey
