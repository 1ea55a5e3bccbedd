import type { Event } from '../model/event';
import { buildReportModel, type EventReportOptions } from '../report/reportModel';

/**
 * Escapes text for Jira wiki markup: a backslash before the characters that start effects,
 * links, macros, tables and images (`* _ - + ^ ~ ? { } [ ] | ! #`), so text from the event
 * shows as written and cannot open a macro or a link.
 */
export function escapeJiraWiki(text: string): string {
  return text.replace(/[\\*_\-+^~?{}[\]|!#]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

/** A `{noformat}` block; a `{noformat}` inside the code is broken up so it cannot end the block. */
function noformat(code: string): string {
  return `{noformat}\n${code.replace(/\{noformat\}/gi, '{ noformat}')}\n{noformat}`;
}

/**
 * The event in Jira wiki markup (Jira Data Center and the Cloud description field's wiki
 * renderer): title, facts, the stack trace in a `{noformat}` block, breadcrumbs, contexts
 * and tags.
 */
export function toJiraWiki(event: Event, options: EventReportOptions = {}): string {
  const report = buildReportModel(event, options);
  const sections = [`h2. ${escapeJiraWiki(report.title)}`];
  if (report.facts.length > 0) {
    sections.push(report.facts.map(([label, value]) => `* *${label}:* ${escapeJiraWiki(value)}`).join('\n'));
  }
  if (report.stacktrace !== undefined) sections.push(`h3. Stack trace\n${noformat(report.stacktrace)}`);
  if (report.breadcrumbs.length > 0) {
    const lines = report.breadcrumbs.map((crumb) =>
      [crumb.time, crumb.category, crumb.level && `(${crumb.level})`, crumb.message]
        .filter((part) => part !== undefined && part !== '')
        .join('  '),
    );
    sections.push(`h3. Breadcrumbs\n${noformat(lines.join('\n'))}`);
  }
  if (report.contexts.length > 0) {
    sections.push(
      `h3. Contexts\n${report.contexts.map(([label, summary]) => `* *${escapeJiraWiki(label)}:* ${escapeJiraWiki(summary)}`).join('\n')}`,
    );
  }
  if (report.tags.length > 0) {
    sections.push(`h3. Tags\n${report.tags.map((tag) => `* *${escapeJiraWiki(tag.key)}:* ${escapeJiraWiki(tag.value)}`).join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}
