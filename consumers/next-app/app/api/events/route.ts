// A server route on faultline/schema: no React, no "use client", so it runs in a route handler.
import { normalizeEvent } from 'faultline/schema';

export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'body is not JSON' }, { status: 400 });
  }
  const { value, problems } = normalizeEvent(body);
  return Response.json({
    eventId: value.eventId,
    title: value.title,
    exceptions: value.exceptions.map((exception) => `${exception.type}: ${exception.value}`),
    problems: problems.length,
  });
}
