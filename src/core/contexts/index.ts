/**
 * Contexts: the logic behind `useContexts(event, options)` and `ContextPanels`.
 *
 * `buildContextPanels(event, options)` turns the event's contexts, user, request and tags
 * into ordered panels of labelled rows. Each row keeps the value as sent (`raw`), a value to
 * render (`value`, structured for nested data) and formatted text (`display`), with flags for
 * scrubbed (`[Filtered]`, `_meta`) and masked values (secrets by Relay's default rules, see `../privacy`).
 */
export { buildContextPanels } from './buildPanels';
export { getContextTitle } from './contextPanel';
export { CONTEXT_FIELDS, DEFAULT_CONTEXT_PANEL_ORDER, type ContextFieldSpec } from './fieldSpecs';
export { MASKED_CONTEXT_VALUE } from './rows';
/** Whether a header, cookie, query or env name usually holds a secret: `isSecretKey`, kept under its old name. */
export { isSecretKey as isSensitiveFieldName } from '../privacy/keys';
export type { ContextPanel, ContextPanelOptions, ContextRow, ContextRowFlags, ContextRowGroup, ContextValueFormatter } from './types';
export type { ContextValueFormat } from './valueFormats';
export { contextProblems, describeScrubbing } from './scrubbing';
