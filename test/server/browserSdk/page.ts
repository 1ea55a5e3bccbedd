// The app the browser SDK test loads in Chromium: bundled at test time, served from its own
// origin so the SDK posts to the local server cross-origin, as a real site's would.
import * as Sentry from '@sentry/browser';

/** What the test reads back from the page through `window.faultlineTest`. */
export interface PageHandle {
  /** Transport status of each envelope the SDK sent; `undefined` when the browser blocked it (CORS). */
  statuses: (number | undefined)[];
  readCart(): void;
  reportSlowCheckout(): void;
  flush(): Promise<boolean>;
}

declare global {
  interface Window {
    faultlineTest: PageHandle;
  }
}

class CheckoutError extends Error {
  override name = 'CheckoutError';
}

function chargeCard(amount: number): never {
  throw new CheckoutError(`card declined for ${amount}`);
}

function readCart(): never {
  throw new TypeError('cart is undefined');
}

const params = new URLSearchParams(window.location.search);
Sentry.init({ dsn: params.get('dsn') ?? '', environment: 'browser-e2e', release: 'faultline-browser@1.0.0' });

const statuses: (number | undefined)[] = [];
Sentry.getClient()?.on('afterSendEvent', (_event, response) => statuses.push(response.statusCode));

const amount = document.querySelector<HTMLInputElement>('#amount');
// Left uncaught on purpose: the SDK's own handlers must report it, as on a real page.
document.querySelector('#pay')?.addEventListener('click', () => {
  console.log(`paying ${amount?.value}`);
  chargeCard(Number(amount?.value));
});

window.faultlineTest = {
  statuses,
  readCart() {
    try {
      readCart();
    } catch (error) {
      Sentry.captureException(error);
    }
  },
  reportSlowCheckout() {
    Sentry.captureMessage('checkout took too long', 'warning');
  },
  flush: () => Sentry.flush(5000),
};
