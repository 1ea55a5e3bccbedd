/**
 * What a reader finds on a rendered `EventView`, by the names they see: sections and cards by
 * their headings, header facts by their labels, rows by their key column. Accessible names are
 * read from `aria-label` / `aria-labelledby` directly because `getByRole` computes roles for
 * every element of the page, and 128 whole pages of it would take minutes on a busy machine.
 * The raw JSON section is never searched: a field found only there is not shown.
 */
export interface Page {
  /** The page section (`Stack trace`, `Breadcrumbs`, `Message`…) named by its heading. */
  section(name: string): HTMLElement | undefined;
  /** A context card (`Device`, `User`, `HTTP Request`…) of the Contexts section. */
  card(title: string): HTMLElement | undefined;
  /** A named part of the "Other data" section (`Modules`, `Fingerprint`…). */
  dataPart(name: string): HTMLElement | undefined;
  /** Labels listed under "Other fields". */
  otherFields(): Set<string>;
  /** Key-column labels of the rows inside `root`, or `undefined` without a root. */
  labelsIn(root: HTMLElement | undefined): Set<string> | undefined;
  /** Keys of the tag chips of the Tags section. */
  tagKeys(): Set<string>;
  /** The header. */
  header(): HTMLElement | undefined;
  /** Text of the header fact with this label. */
  fact(label: string): string | undefined;
  /** Text of the level badge. */
  levelBadge(): string | undefined;
  /** Text of the culprit line. */
  culprit(): string | undefined;
}

function nameOf(element: Element): string | undefined {
  // As in accessible name computation, `aria-labelledby` wins over `aria-label`.
  const ids = element.getAttribute('aria-labelledby');
  if (ids === null) return element.getAttribute('aria-label') ?? undefined;
  return ids
    .split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

function named(root: Element | undefined, selector: string, name: string): HTMLElement | undefined {
  if (!root) return undefined;
  for (const element of root.querySelectorAll<HTMLElement>(selector)) if (nameOf(element) === name) return element;
  return undefined;
}

/** The page rendered into `container`. */
export function pageOf(container: HTMLElement): Page {
  const article = () => container.querySelector('article') ?? undefined;
  const section = (name: string) => {
    if (name === 'Raw JSON') throw new Error('the raw JSON does not count as showing a field');
    return named(article(), 'section[aria-labelledby], section[aria-label]', name);
  };
  const labelsIn = (root: HTMLElement | undefined) =>
    root ? new Set([...root.querySelectorAll('dt')].map((term) => term.textContent ?? '')) : undefined;
  const dataPart = (name: string) => named(section('Other data'), 'section[aria-label]', name);
  const header = () => article()?.querySelector<HTMLElement>('header') ?? undefined;
  return {
    section,
    card: (title) => named(section('Contexts'), 'section[aria-labelledby]', title),
    dataPart,
    otherFields: () => labelsIn(dataPart('Other fields')) ?? new Set(),
    labelsIn,
    tagKeys: () =>
      new Set(
        [...(section('Tags')?.querySelectorAll('[data-slot="tag-key"]') ?? [])].map((key) =>
          // The chip's key ends in a colon for screen readers only.
          (key.textContent ?? '').replace(/:$/, ''),
        ),
      ),
    header,
    fact: (label) => {
      const term = [...(header()?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent === label);
      return term?.nextElementSibling?.textContent ?? undefined;
    },
    levelBadge: () => header()?.querySelector('.fl-level-badge')?.textContent ?? undefined,
    culprit: () => header()?.querySelector('[data-slot="event-culprit"]')?.textContent ?? undefined,
  };
}
