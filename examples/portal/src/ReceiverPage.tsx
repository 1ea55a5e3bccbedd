import { useCallback, useEffect, useState } from 'react';
// Type only: the receiver runs in the portal's dev server; the page reads what it stored.
import type { ReceivedRequest } from '../receiver';

const POLL_MS = 2000;
const SIGNATURE_TEXT = { verified: 'Signature verified', mismatch: 'Signature does not match', unsigned: 'Not signed' } as const;

/** The body as indented JSON when it is JSON, else as sent. */
function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function isReceived(value: unknown): value is ReceivedRequest {
  return typeof value === 'object' && value !== null && typeof (value as ReceivedRequest).id === 'number' && typeof (value as ReceivedRequest).body === 'string';
}

/** What each alert action posted to the portal's built-in receiver: payload, headers, signature. */
export function ReceiverPage() {
  const [received, setReceived] = useState<ReceivedRequest[]>([]);
  const [error, setError] = useState<string | undefined>();
  const load = useCallback(async (init?: RequestInit) => {
    try {
      const response = await fetch('/receiver/log', { cache: 'no-store', ...init });
      const body: unknown = await response.json();
      setReceived(Array.isArray(body) ? body.filter(isReceived) : []);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  return (
    <div className="portal-receiver">
      <div className="portal-page-header">
        <h1>Receiver</h1>
        <button type="button" className="fl-button" onClick={() => void load({ method: 'DELETE' })}>
          Clear
        </button>
      </div>
      <p className="portal-muted">
        Requests to <code>/receiver/&lt;kind&gt;</code> on this server, newest first; webhook signatures are checked with
        verifySentrySignature and the secret <code>faultline-local-receiver</code>.
      </p>
      {error && (
        <p role="alert" className="portal-error">
          Could not read the receiver: {error}
        </p>
      )}
      <p role="status">{received.length === 0 ? 'Nothing received yet.' : `${received.length} request${received.length === 1 ? '' : 's'} received.`}</p>
      <ol className="portal-received">
        {received.map((request) => (
          <li key={request.id} data-kind={request.kind} data-signature={request.signature}>
            <h2>
              {request.kind} <span className="portal-muted">{new Date(request.receivedAt).toLocaleTimeString()}</span>
            </h2>
            <p>
              <code>POST {request.path}</code> · <strong data-signature={request.signature}>{SIGNATURE_TEXT[request.signature]}</strong>
              {request.truncated && ' · body cut at 256 KiB'}
            </p>
            <details>
              <summary>Headers</summary>
              <dl>
                {Object.entries(request.headers).map(([name, value]) => (
                  <div key={name}>
                    <dt>{name}</dt>
                    <dd>
                      <code>{value}</code>
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
            <details open={request.id === received[0]?.id}>
              <summary>Payload</summary>
              <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{pretty(request.body)}</pre>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
