/**
 * Attributes that give portalled content (menus, popovers, dialogs rendered under `body`) the
 * theme of the place that opened them. Tokens come from a `[data-fl-theme]` ancestor or a `.fl`
 * root; under `body` there may be neither, or the page's theme while the component sits in a
 * differently themed box, so the content copies its opener's theme and brand.
 */
export function portalThemeAttributes(opener: Element | null | undefined): { 'data-fl-theme'?: string; 'data-fl-brand'?: string } {
  const themed = opener?.closest('[data-fl-theme]');
  if (!themed) return {};
  const theme = themed.getAttribute('data-fl-theme') ?? undefined;
  const branded = opener?.closest('[data-fl-brand]');
  return branded ? { 'data-fl-theme': theme, 'data-fl-brand': branded.getAttribute('data-fl-brand') ?? '' } : { 'data-fl-theme': theme };
}
