export { ContextPanels, type ContextPanelsProps } from './ContextPanels';
export { TagChips, type TagChipsProps } from './TagChips';
