/** User-visible strings of the ContextPanels parts added for issue 14 (English defaults, for the i18n catalog). */
export const contextPanelMessages = {
  /** The disclosure of a long list such as the SDK's integrations: `59 integrations`. */
  listCount: (count: number, noun: string) => `${count.toLocaleString('en-US')} ${noun}`,
  integrations: 'integrations',
  packages: 'packages',
  items: 'items',
};
