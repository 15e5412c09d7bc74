// Coordinators' decisions on suggested partnerships: one node per unordered pair of members per region.
CREATE CONSTRAINT suggestion_feedback_pair IF NOT EXISTS FOR (f:SuggestionFeedback) REQUIRE (f.regionId, f.pairKey) IS UNIQUE;
// Rejected partners of one member are found from either end of the pair.
CREATE INDEX suggestion_feedback_member IF NOT EXISTS FOR (f:SuggestionFeedback) ON (f.regionId, f.memberId);
CREATE INDEX suggestion_feedback_partner IF NOT EXISTS FOR (f:SuggestionFeedback) ON (f.regionId, f.partnerId);
CREATE INDEX suggestion_feedback_regions IF NOT EXISTS FOR (f:SuggestionFeedback) ON (f.regionId);
