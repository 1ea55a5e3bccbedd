export { TagFacets, type TagFacetsProps } from './TagFacets';
export { TagFacetGroup, type TagFacetGroupProps, type TagFacetMoreValues } from './TagFacetGroup';
export { TagFacetBar, type TagFacetBarProps } from './TagFacetBar';
export { type TagFacetsMessages, tagFacetsMessages } from './messages';
