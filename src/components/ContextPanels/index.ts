export { ContextPanels, type ContextPanelsProps } from './ContextPanels';
export { PanelBody, type PanelBodyProps, type PanelState, ROW_PAGE } from './PanelBody';
export { TagChips, type TagChipsProps } from './TagChips';
