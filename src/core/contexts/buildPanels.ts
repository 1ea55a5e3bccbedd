import type { Event } from '../model';
import { buildContextPanel } from './contextPanel';
import { buildExtraDataPanel, buildRequestPanel, buildSdkPanel, buildTagsPanel, buildUserPanel } from './eventPanels';
import { DEFAULT_CONTEXT_PANEL_ORDER } from './fieldSpecs';
import { resolveRowSetting } from './rows';
import type { ContextPanel, ContextPanelOptions } from './types';

/**
 * The event's context panels, ready to render: device, app, browser, OS, runtime, GPU,
 * culture, trace, user, request and tags, then every other context (`client_os`, custom ones)
 * in the event's order, then additional data (`extra`) and the SDK. Values are formatted (`23.5 GiB`, `Yes`, `48%`, dates with their
 * distance to the event), scrubbed values flagged, request secrets masked. `options.panels`
 * picks and orders panels by key; `options.exclude` leaves panels out.
 */
export function buildContextPanels(event: Event, options: ContextPanelOptions = {}): ContextPanel[] {
  const setting = resolveRowSetting(event, options);
  const byKey = new Map<string, () => ContextPanel>();
  const user = event.user;
  if (user) byKey.set('user', () => buildUserPanel(user, setting));
  const request = event.request;
  if (request) byKey.set('request', () => buildRequestPanel(request, setting));
  if (event.tags.length > 0) byKey.set('tags', () => buildTagsPanel(event.tags, setting));
  const { extraData, sdk } = event;
  if (extraData && Object.keys(extraData).length > 0) byKey.set('extra', () => buildExtraDataPanel(extraData, setting));
  if (sdk) byKey.set('sdk', () => buildSdkPanel(sdk, setting));
  const contextKeys: string[] = [];
  for (const [key, context] of Object.entries(event.contexts)) {
    // A context an SDK keyed `user`, `request` or `tags` must not hide the event's own panel, nor vanish.
    const panelKey = byKey.has(key) ? `contexts.${key}` : key;
    contextKeys.push(panelKey);
    byKey.set(panelKey, () => buildContextPanel(key, context, setting, panelKey));
  }

  const order = options.panels ?? [...DEFAULT_CONTEXT_PANEL_ORDER, ...contextKeys, 'extra', 'sdk'];
  const panels: ContextPanel[] = [];
  const excluded = new Set(options.exclude);
  const built = new Set<string>();
  for (const key of order) {
    const build = byKey.get(key);
    if (!build || built.has(key) || excluded.has(key)) continue;
    built.add(key);
    panels.push(build());
  }
  return panels;
}
