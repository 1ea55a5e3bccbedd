import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const PAGE_ENTRY = fileURLToPath(new URL('./page.ts', import.meta.url));

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Checkout</title></head>
  <body>
    <label>Amount <input id="amount" value="10" /></label>
    <button id="pay" type="button">Pay</button>
    <script src="/page.js"></script>
  </body>
</html>`;

/** `page.ts` with `@sentry/browser` in one classic script, unminified so frames keep their names. */
async function bundlePage(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: PAGE_ENTRY, formats: ['iife'], name: 'faultlinePage', fileName: 'page' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite built no chunk for the browser SDK page');
  return chunk.code;
}

/** The page and its bundle on a loopback port of their own: another origin than the server's. */
export async function servePage(): Promise<{ url: string; close: () => Promise<void> }> {
  const script = await bundlePage();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
    else if (path === '/page.js') response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
