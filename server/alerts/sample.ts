import { normalizeEvent, normalizeIssue } from '../../src/core/normalize';
import type { ProjectRow } from '../projects';
import type { DeliveryContext } from './receivers';

/**
 * A made-up issue and event for a test notification in a project that has none yet, so
 * "send a test notification" works on a fresh server. Its id `0` matches no real issue.
 */
export function sampleContext(project: ProjectRow, rule: DeliveryContext['rule'], links: { baseUrl: string; organization: string }, installationUuid: string): DeliveryContext {
  const now = new Date().toISOString();
  const permalink = `${links.baseUrl}/organizations/${links.organization}/issues/0/`;
  const title = 'Error: This is a test notification from Faultline';
  const apiIssue = {
    id: '0',
    shortId: `${project.slug.toUpperCase()}-TEST`,
    title,
    culprit: 'sendTestNotification(alerts/test.js)',
    level: 'error',
    status: 'unresolved',
    count: '1',
    userCount: 0,
    firstSeen: now,
    lastSeen: now,
    permalink,
    project: { id: String(project.id), slug: project.slug, name: project.name },
  };
  const rawEvent = {
    event_id: '00000000000000000000000000000000',
    level: 'error',
    platform: 'javascript',
    timestamp: now,
    culprit: apiIssue.culprit,
    exception: { values: [{ type: 'Error', value: 'This is a test notification from Faultline' }] },
  };
  return {
    trigger: 'test',
    input: { issue: normalizeIssue(apiIssue).value, event: normalizeEvent(rawEvent).value, permalink },
    apiIssue,
    rawEvent,
    issueId: '0',
    projectId: project.id,
    eventId: rawEvent.event_id,
    newIssue: false,
    rule,
    links: { ...links, projectSlug: project.slug },
    installationUuid,
  };
}
