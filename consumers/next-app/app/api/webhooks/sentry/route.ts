// Sentry's integration webhook, checked the way the README says: signature over the raw body
// first, then the body read by faultline/sentry.
import { fromSentryWebhook, verifySentrySignature } from 'faultline/sentry';

export async function POST(request: Request) {
  const secret = process.env.SENTRY_CLIENT_SECRET;
  if (!secret) return Response.json({ error: 'SENTRY_CLIENT_SECRET is not set' }, { status: 500 });
  const raw = await request.text();
  if (!(await verifySentrySignature(raw, request.headers.get('sentry-hook-signature'), secret))) {
    return Response.json({ error: 'bad signature' }, { status: 401 });
  }
  const hook = fromSentryWebhook(raw, request.headers.get('sentry-hook-resource'));
  return Response.json({
    resource: hook.resource,
    action: hook.action,
    events: hook.events.map((event) => ({ eventId: event.eventId, title: event.title })),
  });
}
