// An issue's tag facets (Sentry's `/issues/{id}/tags/`): shares per value and their search queries.
export { getTagFacetShares, tagSearchQuery, type TagFacet, type TagFacetShare, type TagFacetShares, type TagFacetValue } from './tagFacetShares';
