export { ContextPanels, type ContextPanelsProps } from './ContextPanels';
export { CountDisclosure, type CountDisclosureProps } from './CountDisclosure';
export { TagChips, type TagChipsProps } from './TagChips';
