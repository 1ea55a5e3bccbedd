import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CodeFrame, CopyButton, KeyValueList, ProblemsNotice, RelativeTime, SectionBoundary, Sparkline } from '../../src';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const HOUR = 3600;
const series = Array.from({ length: 24 }, (_, i) => [NOW / 1000 - (24 - i) * HOUR, Math.round(40 + 35 * Math.sin(i / 3))] as [number, number]);

function Broken(): never {
  throw new Error('frames is not iterable');
}

/** Every small part of the kit on one page. */
function PartsGallery() {
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 720 }}>
      <p>
        Last seen <RelativeTime date="2026-11-25T09:12:00Z" now={NOW} /> · first seen{' '}
        <RelativeTime date="2026-10-01T00:00:00Z" now={NOW} /> · missing <RelativeTime date={undefined} now={NOW} />
      </p>
      <p>
        <Sparkline series={series} period="the last 24 hours" /> <Sparkline series={[]} period="the last 14 days" />
      </p>
      <CopyButton style={{ justifySelf: 'start' }} text="TypeError: Cannot read properties of undefined (reading 'id')">Copy message</CopyButton>
      <CodeFrame
        label="app/views.py"
        lines={[
          { number: 40, text: 'def checkout(request):' },
          { number: 41, text: '    cart = request.session["cart"]' },
          { number: 42, text: '    total = sum(item.price for item in cart.items)', current: true },
          { number: 43, text: '    return render(request, "<b>checkout</b>", {"total": total})' },
        ]}
      />
      <KeyValueList
        rows={[
          { key: 'model', label: 'Model', value: 'iPhone14,2', display: 'iPhone 13 Pro (iPhone14,2)' },
          { key: 'memory', label: 'Memory', value: 6_000_000_000, display: '1.2 GiB free of 5.6 GiB' },
          { key: 'auth', label: 'Authorization', value: 'Bearer 9f8e7d', masked: true },
          { key: 'password', label: 'password', value: '[Filtered]', scrubbed: true, scrubbedReason: 'password rule' },
          { key: 'state', label: 'Redux state', value: { cart: { items: [{ sku: 'A-1', qty: 2 }], coupon: null }, user: 'ada' } },
        ]}
      />
      <ProblemsNotice
        subject="event"
        problems={[
          { path: 'user.id', expected: 'a string', found: 'number 42', action: 'repaired' },
          { path: 'breadcrumbs.values[3].timestamp', expected: 'a timestamp', found: 'string "yesterday"', action: 'dropped' },
        ]}
      />
      <SectionBoundary section="Stack trace" data={{ frames: 'not a list' }}>
        <Broken />
      </SectionBoundary>
    </div>
  );
}

const meta = {
  title: 'Parts/Gallery',
  component: PartsGallery,
  tags: ['!autodocs'],
} satisfies Meta<typeof PartsGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

const play: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText(/3 hours ago/)).toBeInTheDocument();
  await userEvent.click(canvas.getByRole('button', { name: 'Reveal Authorization' }));
  await expect(canvas.getByText('Bearer 9f8e7d')).toBeVisible();
  await expect(canvas.getByRole('alert')).toHaveTextContent('frames is not iterable');
  await expect(canvas.getByRole('listitem', { current: true })).toHaveTextContent('total = sum');
};

/** Light theme. */
export const Light: Story = { globals: { theme: 'light' }, play };

/** Dark theme: the same checks, and axe checks contrast again. */
export const Dark: Story = { globals: { theme: 'dark' }, play };
