import type { Event } from '../model/event';
import { buildReportModel, type EventReportOptions } from './reportModel';

const heading = (title: string) => `${title}\n${'-'.repeat(title.length)}`;

/**
 * The event as plain text for a chat message or a ticket without Markdown: title, key facts,
 * the exception chain in the platform's own trace format, the latest breadcrumbs, key
 * contexts and tags.
 */
export function toText(event: Event, options: EventReportOptions = {}): string {
  const report = buildReportModel(event, options);
  const sections: string[] = [report.title];
  if (report.facts.length > 0) sections.push(report.facts.map(([label, value]) => `${label}: ${value}`).join('\n'));
  if (report.stacktrace !== undefined) sections.push(`${heading('Stack trace')}\n${report.stacktrace}`);
  if (report.breadcrumbs.length > 0) {
    const shown = report.breadcrumbs.length;
    const title = shown < report.breadcrumbCount ? `Breadcrumbs (last ${shown} of ${report.breadcrumbCount})` : 'Breadcrumbs';
    const lines = report.breadcrumbs.map((breadcrumb) =>
      [breadcrumb.time, breadcrumb.category, breadcrumb.level && `(${breadcrumb.level})`, breadcrumb.message]
        .filter((part) => part !== undefined && part !== '')
        .join('  '),
    );
    sections.push(`${heading(title)}\n${lines.join('\n')}`);
  }
  if (report.contexts.length > 0) {
    sections.push(`${heading('Contexts')}\n${report.contexts.map(([label, summary]) => `${label}: ${summary}`).join('\n')}`);
  }
  if (report.tags.length > 0) {
    sections.push(`${heading('Tags')}\n${report.tags.map((tag) => `${tag.key}: ${tag.value}`).join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}
