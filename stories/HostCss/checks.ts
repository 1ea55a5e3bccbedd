// Checks that the kit's states still show under a host's CSS, measured the way a user sees them:
// computed colours, painted backgrounds, outlines and boxes.
import { expect, userEvent, waitFor, within } from 'storybook/test';

const TRANSPARENT = new Set(['transparent', 'rgba(0, 0, 0, 0)']);

/** The background a user sees behind an element: its own, or the nearest painted ancestor's. */
export function paintedBackground(element: Element): string {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (!TRANSPARENT.has(background)) return background;
  }
  return 'transparent';
}

/** What tells two controls apart at a glance: painted background, border colours, text colour. */
export function look(element: Element): string {
  const style = getComputedStyle(element);
  return [paintedBackground(element), style.borderTopColor, style.borderBottomColor, style.borderLeftColor, style.color].join(' | ');
}

/** Whether two boxes share more than a pixel of area. */
function overlaps(a: DOMRect, b: DOMRect): boolean {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 1 && height > 1;
}

/** Names of the pairs of elements whose boxes overlap, or an empty list. */
export function overlappingPairs(elements: readonly Element[]): string[] {
  const boxes = elements.map((element) => ({ name: element.textContent?.trim() || element.tagName, box: element.getBoundingClientRect() }));
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) pairs.push(`${a.name} / ${b.name}`);
  });
  return pairs;
}

/** The pressed and unpressed members of a group of toggles. */
function pressedPair(toggles: readonly HTMLElement[]): [HTMLElement, HTMLElement] {
  const on = toggles.find((toggle) => toggle.getAttribute('aria-pressed') === 'true');
  const off = toggles.find((toggle) => toggle.getAttribute('aria-pressed') === 'false' && toggle.getAttribute('aria-disabled') !== 'true');
  if (on === undefined || off === undefined) throw new Error(`no pressed/unpressed pair among: ${toggles.map((t) => t.textContent).join(', ')}`);
  return [on, off];
}

/** A visible focus ring: focus comes from the keyboard, and the outline is drawn. */
async function ringOf(element: HTMLElement): Promise<{ focusVisible: boolean; outline: string }> {
  element.focus({ focusVisible: true } as FocusOptions);
  await waitFor(() => expect(element).toHaveFocus());
  const style = getComputedStyle(element);
  const drawn = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1 && !TRANSPARENT.has(style.outlineColor);
  const ring = { focusVisible: element.matches(':focus-visible'), outline: drawn ? `${style.outlineWidth} ${style.outlineStyle}` : 'none' };
  element.blur();
  return ring;
}

/** Everything a host's CSS must not take away, measured on one page of kit composites. */
export interface KitLooks {
  /** Stack trace toolbar: a pressed and an unpressed segment (Full / App frames, Newest / Oldest). */
  toolbar: { pressed: string; unpressed: string; overlaps: string[] };
  /** Breadcrumb kind filters after pressing one. */
  filters: { pressed: string; unpressed: string; overlaps: string[] };
  /** Issue list sort headers: the active sort against another. */
  sort: { pressed: string; unpressed: string; overlaps: string[]; clipped: string[] };
  /** Issue rows: a selected row against an unselected one. */
  rows: { selected: string; unselected: string; overlaps: string[] };
  /** A frame's chevron, open and closed, and whether it covers the function name. */
  frames: { expanded: string; collapsed: string; chevronOverName: boolean };
  /** Outline of a focused toolbar toggle and sort header. */
  focus: { toolbar: { focusVisible: boolean; outline: string }; sort: { focusVisible: boolean; outline: string } };
}

/** Drives the page (presses a filter, selects a row) and measures {@link KitLooks}. */
export async function measureKit(canvasElement: HTMLElement): Promise<KitLooks> {
  const canvas = within(canvasElement);

  const trace = canvas.getByRole('region', { name: 'Stack trace' });
  const segments = [...trace.querySelectorAll<HTMLElement>('[data-slot="segmented"] > button')];
  const [segmentOn, segmentOff] = pressedPair(segments);

  const timeline = canvasElement.querySelector<HTMLElement>('.fl-breadcrumb-timeline');
  if (timeline === null) throw new Error('no breadcrumb timeline');
  const chips = [...timeline.querySelectorAll<HTMLElement>('[data-slot="chips"] > button')];
  if (!chips.some((chip) => chip.getAttribute('aria-pressed') === 'true')) await userEvent.click(chips[0]!);
  await waitFor(() => expect(chips[0]).toHaveAttribute('aria-pressed', 'true'));
  const [chipOn, chipOff] = pressedPair(chips);

  const grid = canvas.getByRole('grid', { name: 'Issues' });
  const sortButtons = [...grid.querySelectorAll<HTMLElement>('[data-slot="sort-button"]')];
  const [sortOn, sortOff] = pressedPair(sortButtons);
  const headers = [...grid.querySelectorAll<HTMLElement>('thead th')];
  const rows = () => [...grid.querySelectorAll<HTMLElement>('tbody > tr[aria-rowindex]')];
  await waitFor(() => expect(rows().length).toBeGreaterThan(4));
  rows()[0]!.focus();
  await userEvent.keyboard('x');
  await waitFor(() => expect(rows()[0]).toHaveAttribute('aria-selected', 'true'));
  rows()[0]!.blur();
  const cell = (row: HTMLElement) => row.querySelector('td[data-column="title"]') ?? row;

  const toggles = [...canvasElement.querySelectorAll<HTMLElement>('[data-slot="frame-toggle"]')];
  const open = toggles.find((toggle) => toggle.getAttribute('aria-expanded') === 'true');
  const closed = toggles.find((toggle) => toggle.getAttribute('aria-expanded') === 'false');
  if (open === undefined || closed === undefined) throw new Error('no open and closed frame pair');
  const chevron = (toggle: HTMLElement) => getComputedStyle(toggle, '::before');
  const name = closed.querySelector('[data-slot="frame-function"]') ?? closed.firstElementChild;
  if (name === null) throw new Error('frame toggle without a function name');
  const closedBox = closed.getBoundingClientRect();
  const chevronRight = closedBox.left + Number.parseFloat(chevron(closed).left) + Number.parseFloat(chevron(closed).width);

  return {
    toolbar: { pressed: look(segmentOn), unpressed: look(segmentOff), overlaps: overlappingPairs(segments) },
    filters: { pressed: look(chipOn), unpressed: look(chipOff), overlaps: overlappingPairs(chips) },
    sort: {
      pressed: look(sortOn),
      unpressed: look(sortOff),
      overlaps: overlappingPairs(headers),
      clipped: sortButtons.filter((button) => button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1).map((b) => b.textContent ?? ''),
    },
    rows: { selected: look(cell(rows()[0]!)), unselected: look(cell(rows()[3]!)), overlaps: overlappingPairs(rows().slice(0, 6)) },
    frames: {
      expanded: `${chevron(open).transform} ${chevron(open).content}`,
      collapsed: `${chevron(closed).transform} ${chevron(closed).content}`,
      chevronOverName: chevronRight > name.getBoundingClientRect().left + 0.5,
    },
    focus: { toolbar: await ringOf(segmentOff), sort: await ringOf(sortOff) },
  };
}

/** The kit holds: every state differs from its opposite, nothing overlaps, focus rings show. */
export async function expectKitHolds(canvasElement: HTMLElement): Promise<void> {
  const looks = await measureKit(canvasElement);
  await expect(looks.toolbar.pressed).not.toBe(looks.toolbar.unpressed);
  await expect(looks.toolbar.overlaps).toEqual([]);
  await expect(looks.filters.pressed).not.toBe(looks.filters.unpressed);
  await expect(looks.filters.overlaps).toEqual([]);
  await expect(looks.sort.pressed).not.toBe(looks.sort.unpressed);
  await expect(looks.sort.overlaps).toEqual([]);
  await expect(looks.sort.clipped).toEqual([]);
  await expect(looks.rows.selected).not.toBe(looks.rows.unselected);
  await expect(looks.rows.overlaps).toEqual([]);
  await expect(looks.frames.expanded).not.toBe(looks.frames.collapsed);
  await expect(looks.frames.chevronOverName).toBe(false);
  await expect(looks.focus.toolbar).toEqual({ focusVisible: true, outline: expect.stringMatching(/^[2-9]/) });
  await expect(looks.focus.sort).toEqual({ focusVisible: true, outline: expect.stringMatching(/^[2-9]/) });
}
