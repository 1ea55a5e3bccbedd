/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';
import { expect, fn } from 'storybook/test';
import { EventView, IssueList } from '../../src';
// The kit's layered variant (faultline/styles.layer.css), built by the faultline-styles plugin.
import layeredKitCss from '../../src/styles.css?layered&inline';
import { realisticIssues, SAMPLE_NOW } from '../IssueList/sampleIssues';
import { platformEvents } from '../samples/events';
import { expectKitHolds, measureKit } from './checks';
import hostElementRules from './hostElementRules.css?inline';
import preflightLikeReset from './preflightLikeReset.css?inline';
import rebootLikeReset from './rebootLikeReset.css?inline';

const issues = realisticIssues();

/** The unlayered kit sheet Storybook loads is the one whose rules carry the specificity boost. */
function isUnlayeredKitSheet(sheet: CSSStyleSheet): boolean {
  try {
    return [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes(':not(.fl-never)'));
  } catch {
    return false;
  }
}

/** Swaps the kit's default sheet for faultline/styles.layer.css while mounted. */
function LayeredKit() {
  useLayoutEffect(() => {
    const swapped = [...document.styleSheets].filter((sheet) => !sheet.disabled && isUnlayeredKitSheet(sheet));
    for (const sheet of swapped) sheet.disabled = true;
    return () => {
      for (const sheet of swapped) sheet.disabled = false;
    };
  }, []);
  return <style>{layeredKitCss}</style>;
}

interface HostPageProps {
  /** The host's stylesheet, added after the kit's as a portal's own CSS would be. */
  hostCss: string;
  /** Load faultline/styles.layer.css instead of the default sheet. */
  layered?: boolean;
}

/** A host page: its CSS, then the kit's composites inside the host's own wrapper. */
function HostPage({ hostCss, layered = false }: HostPageProps) {
  return (
    <div className="host-app">
      {layered && <LayeredKit />}
      <style>{hostCss}</style>
      <EventView event={platformEvents.python} now={SAMPLE_NOW} onTagClick={fn()} />
      <IssueList issues={issues} now={SAMPLE_NOW} onIssueOpen={fn()} aria-label="Issues" style={{ marginTop: 24 }} />
    </div>
  );
}

const meta = {
  title: 'Theming/Host CSS',
  component: HostPage,
  args: { hostCss: hostElementRules },
  globals: { theme: 'light' },
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The kit under a host page’s own CSS: pressed toggles, selected rows, open frames and focus rings must still show. faultline/styles.css wins over element rules, resets and one class plus elements by its own specificity.',
      },
    },
  },
} satisfies Meta<typeof HostPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Global element rules and `.host-app button`-style class + element rules with their own colours. */
export const HostElementRules: Story = { play: ({ canvasElement }) => expectKitHolds(canvasElement) };

/** A Tailwind-preflight-like reset: margins, paddings and borders zeroed, controls transparent. */
export const PreflightLikeReset: Story = { args: { hostCss: preflightLikeReset }, play: ({ canvasElement }) => expectKitHolds(canvasElement) };

/** A Bootstrap-reboot-like reset: square controls, borderless tables, floated legends. */
export const RebootLikeReset: Story = { args: { hostCss: rebootLikeReset }, play: ({ canvasElement }) => expectKitHolds(canvasElement) };

/**
 * The control: the same host rules over faultline/styles.layer.css. Every host rule beats a layered
 * one, so pressed and unpressed toggles and selected and unselected rows look alike: what the checks
 * above catch, and what a host that loads the layered sheet takes on.
 */
export const LayeredSheetLosesToHost: Story = {
  args: { layered: true },
  // The host's button colours under the kit's muted text fail contrast here: that breakage is the point.
  parameters: { a11y: { test: 'off' } },
  play: async ({ canvasElement }) => {
    const looks = await measureKit(canvasElement);
    await expect(looks.toolbar.pressed).toBe(looks.toolbar.unpressed);
    await expect(looks.filters.pressed).toBe(looks.filters.unpressed);
    await expect(looks.rows.selected).toBe(looks.rows.unselected);
    await expect(looks.focus.toolbar.outline).toBe('none');
  },
};
