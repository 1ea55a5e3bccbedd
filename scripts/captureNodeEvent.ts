// Captures what the real @sentry/node SDK sends for an unhandled-style error in a small HTTP
// service, with its default integrations (contexts, breadcrumbs, linked errors), and writes the
// event as sent: the repo's Node sample (the shared fixtures have no `platform: node` event).
// Run: npx tsx scripts/captureNodeEvent.ts test/fixtures/events/faultline/node-http-server.json
import { writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as Sentry from '@sentry/node';

const out = process.argv[2];
if (!out) throw new Error('usage: captureNodeEvent.ts <out.json>');

let captured: unknown;
Sentry.init({
  dsn: 'http://public@127.0.0.1:9/1',
  release: 'inventory-service@2.4.1',
  environment: 'staging',
  serverName: 'inventory-7c9f',
  transport: () => ({
    send: async (envelope) => {
      const [, items] = envelope;
      for (const [header, payload] of items) if (header.type === 'event') captured = payload;
      return { statusCode: 200 };
    },
    flush: async () => true,
  }),
});

class StockError extends Error {
  override name = 'StockError';
}

function reserve(sku: string, quantity: number, stock: Map<string, number>): void {
  const available = stock.get(sku);
  if (available === undefined) throw new TypeError(`Cannot read stock of unknown SKU ${sku}`);
  if (available < quantity) throw new StockError(`only ${available} of ${quantity} left`);
}

async function handleOrder(body: { sku: string; quantity: number }): Promise<void> {
  try {
    reserve(body.sku, body.quantity, new Map([['SKU-1', 3]]));
  } catch (cause) {
    throw new Error(`order for ${body.sku} failed`, { cause });
  }
}

const server = createServer(async (_request, response) => {
  Sentry.setTag('route', '/orders');
  Sentry.setUser({ id: '4711', segment: 'wholesale' });
  Sentry.addBreadcrumb({ category: 'order', message: 'reserving stock', level: 'info', data: { sku: 'SKU-9', quantity: 5 } });
  console.warn('stock cache cold, reading from database');
  try {
    await handleOrder({ sku: 'SKU-9', quantity: 5 });
  } catch (error) {
    Sentry.captureException(error, { contexts: { order: { id: 'ord_81422', items: 1 } }, extra: { retry: false } });
    response.statusCode = 500;
  }
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  get(`http://127.0.0.1:${port}/orders?sku=SKU-9`, async (response) => {
    response.resume();
    await Sentry.flush(2000);
    server.close();
    if (!captured) throw new Error('the SDK sent no event');
    writeFileSync(out, `${JSON.stringify(captured, null, 2)}\n`);
    console.log(`wrote ${out}`);
  });
});
