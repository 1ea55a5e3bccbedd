import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

// The issue page's part of the portal e2e: triage through the kit's IssueDetails and
// IssueActivity against the local server, and the screenshots of the issue page and the list.
const SHOTS = process.env.PORTAL_SCREENSHOTS ?? fileURLToPath(new URL('../../test-results/portal/', import.meta.url));

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const step = (name: string) => console.log(`e2e: ${name}`);

/** Fails when the element's box reaches past the viewport (the old Actions menu did). */
export async function checkOnScreen(page: Page, target: Locator, what: string): Promise<void> {
  await page.waitForTimeout(100);
  const box = await target.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  check(box !== null, `${what} has no box`);
  check(box.x >= 0 && box.x + box.width <= width + 0.5, `${what} runs off screen: x ${box.x}, width ${box.width}, viewport ${width}`);
}

/** Waits for the next PUT / POST to the API and checks it succeeded. */
function apiWrite(page: Page, method: 'PUT' | 'POST', what: string): Promise<void> {
  return page
    .waitForResponse((response) => response.request().method() === method && response.url().includes('/api/0/'))
    .then((response) => check(response.ok(), `${what} answered ${response.status()}`));
}

/** Resolve → the badge and the activity say so; assign to a member; add a note with markup. */
export async function triageFlow(page: Page): Promise<void> {
  step('issue page: header with title, counts and the triage toolbar');
  const toolbar = page.getByRole('toolbar', { name: 'Triage' });
  await toolbar.waitFor();
  const header = page.locator('header.fl-issue-header');
  await header.getByRole('term').filter({ hasText: 'Events' }).waitFor();
  // Seeded issues may have no activity yet: the timeline appears with the first change.
  await page.getByRole('heading', { name: 'Activity' }).waitFor();
  const timeline = page.getByRole('list', { name: 'Issue activity' });

  step('triage: resolve shows at once, the server agrees, the activity records it');
  const resolved = apiWrite(page, 'PUT', 'resolve');
  await toolbar.getByRole('button', { name: 'Resolve', exact: true }).click();
  await header.getByText(/^Resolved/).waitFor();
  await resolved;
  await timeline.getByText('marked this issue as resolved').first().waitFor();
  await toolbar.getByRole('button', { name: 'Unresolve' }).waitFor();

  step('triage: assign to a member from the searchable list');
  await toolbar.getByRole('button', { name: /^(Unassigned|Assigned to)/ }).click();
  const search = page.getByRole('combobox', { name: 'Search members and teams' });
  await search.waitFor();
  const members = page.getByRole('group', { name: 'Members' }).getByRole('option');
  await members.first().waitFor();
  const name = ((await members.first().textContent()) ?? '').replace(/\S+@\S+$/, '').trim();
  check(name !== '', 'the first member has no name');
  await search.fill(name.slice(0, 4));
  const assigned = apiWrite(page, 'PUT', 'assign');
  await page.getByRole('group', { name: 'Members' }).getByRole('option').filter({ hasText: name }).first().click();
  await toolbar.getByRole('button', { name: `Assigned to ${name}` }).waitFor();
  await assigned;
  await timeline.getByText(`assigned this issue to ${name}`).first().waitFor();

  step('activity: a note is added, its markup shown as text');
  const note = `Checked in e2e <b>not bold</b> ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Add a note' }).fill(note);
  const posted = apiWrite(page, 'POST', 'add note');
  await page.getByRole('button', { name: 'Add note' }).click();
  await timeline.getByText(note).waitFor();
  await posted;
  check((await timeline.locator('b').count()) === 0, 'note markup was rendered');
  check((await page.getByRole('alert').count()) === 0, 'a triage or note alert is showing');
}

const SIZES = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const;

/** Screenshots of the current page at 1440×900 and 390×844, light and dark: `<what>-<width>-<theme>.png`. */
export async function pageShots(page: Page, what: 'issue' | 'list'): Promise<void> {
  step(`screenshots of the ${what} page at 1440 and 390 px, light and dark`);
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const theme of ['Light', 'Dark'] as const) {
      await page.getByRole('radio', { name: theme }).check();
      await page.waitForTimeout(150);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (what === 'issue') check(overflow <= 0, `the issue page scrolls sideways by ${overflow} px at ${size.width} px`);
      await page.screenshot({ path: join(SHOTS, `${what}-${size.name}-${theme.toLowerCase()}.png`) });
    }
  }
  await page.getByRole('radio', { name: 'Auto' }).check();
  if (before) await page.setViewportSize(before);
}
