import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gitHubNewIssueUrl,
  gitLabNewIssueUrl,
  IntegrationTargetError,
  jiraNewIssueUrl,
  SAFE_URL_LENGTH,
  TRIMMED_NOTE,
} from '../../../src/core/integrations';
import { normalizeEvent, normalizeIssueList } from '../../../src/core/normalize';
import pythonEvent from '../../fixtures/events/sentry/python-http-error.json';
import issuesList from '../../fixtures/api/issues-list.json';

const event = normalizeEvent(pythonEvent).value;
const issue = normalizeIssueList(issuesList).value[0];
if (issue === undefined) throw new Error('issues-list fixture has no issue');

/** An event whose report is far longer than any URL limit. */
function hugeEvent() {
  const value = Array.from({ length: 2000 }, (_, i) => `line ${i}: ${'détail '.repeat(6)}`).join('\n');
  return normalizeEvent({ ...pythonEvent, exception: { values: [{ type: 'HugeError', value }] } }).value;
}

describe('gitHubNewIssueUrl', () => {
  it('fills title, body and labels of the new-issue page', () => {
    const link = gitHubNewIssueUrl({ event, issue }, { owner: 'acme', repo: 'shop', labels: ['bug', 'from sentry'] });
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://github.com/acme/shop/issues/new');
    expect(url.searchParams.get('title')).toBe(event.title);
    expect(url.searchParams.get('labels')).toBe('bug,from sentry');
    expect(url.searchParams.get('body')).toBe(link.body);
    expect(link.body).toContain('### Stack trace');
    expect(link.body).toContain(`**Issue:** ${issue.shortId}`);
    expect(link.body).toContain(`<${issue.permalink}>`);
    expect(link.trimmed).toBe(false);
    expect(link.body).toBe(link.fullReport);
  });

  it('keeps a huge report under the URL limit with the trimmed note, the full one for the clipboard', () => {
    const huge = hugeEvent();
    const link = gitHubNewIssueUrl({ event: huge }, { owner: 'acme', repo: 'shop' });
    expect(link.fullReport.length).toBeGreaterThan(SAFE_URL_LENGTH * 5);
    expect(link.url.length).toBeLessThanOrEqual(SAFE_URL_LENGTH);
    // The budget is spent, not wasted: the body fills most of it.
    expect(link.url.length).toBeGreaterThan(SAFE_URL_LENGTH - 600);
    expect(link.trimmed).toBe(true);
    expect(link.body).toContain(TRIMMED_NOTE);
    expect(link.body.endsWith(`_${TRIMMED_NOTE}_`)).toBe(true);
    expect(link.fullReport).not.toContain(TRIMMED_NOTE);
    expect(new URL(link.url).searchParams.get('body')).toBe(link.body);
  });

  it('closes a code fence the cut left open so the note is not shown as code', () => {
    const frames = Array.from({ length: 400 }, (_, i) => ({ function: `fn_${i}`, filename: `src/module_${i}.py`, lineno: i + 1 }));
    const deep = normalizeEvent({ platform: 'python', exception: { values: [{ type: 'RecursionError', value: 'deep', stacktrace: { frames } }] } }).value;
    const link = gitHubNewIssueUrl({ event: deep }, { owner: 'acme', repo: 'shop' }, { maxUrlLength: 2000, report: {} });
    expect(link.trimmed).toBe(true);
    const fences = link.body.split('\n').filter((line) => /^`{3,}/.test(line));
    expect(fences.length % 2).toBe(0);
    expect(link.body.lastIndexOf('```')).toBeLessThan(link.body.indexOf(TRIMMED_NOTE));
  });

  it('respects a smaller limit with multi-byte text and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('😀', 'é', 'a', '\n', '%', '&', '#', ' ') , minLength: 500, maxLength: 3000 }), fc.integer({ min: 400, max: 3000 }), (title, limit) => {
        const hostile = normalizeEvent({ message: title, breadcrumbs: [{ message: title }] }).value;
        const link = gitHubNewIssueUrl({ event: hostile }, { owner: 'o', repo: 'r' }, { maxUrlLength: limit });
        expect(link.url.length).toBeLessThanOrEqual(limit);
        // decodeURIComponent throws on a lone surrogate encoded as UTF-8 garbage.
        expect(() => new URL(link.url).searchParams.get('body')).not.toThrow();
        expect(link.body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('encodes hostile repository names inside their path segment and refuses dot segments', () => {
    const link = gitHubNewIssueUrl({ issue }, { owner: 'a/b?x=1#', repo: 'shop' });
    expect(new URL(link.url).pathname).toBe('/a%2Fb%3Fx%3D1%23/shop/issues/new');
    expect(() => gitHubNewIssueUrl({ issue }, { owner: '..', repo: 'shop' })).toThrow(IntegrationTargetError);
    expect(() => gitHubNewIssueUrl({ issue }, { owner: 'acme', repo: 'shop', baseUrl: 'javascript:alert(1)' })).toThrow(/http\(s\) URL/);
  });

  it('uses a GitHub Enterprise base URL', () => {
    const link = gitHubNewIssueUrl({ issue }, { owner: 'acme', repo: 'shop', baseUrl: 'https://git.acme.test/' });
    expect(link.url.startsWith('https://git.acme.test/acme/shop/issues/new?title=')).toBe(true);
  });
});

describe('gitLabNewIssueUrl', () => {
  it('fills issue[title] and issue[description] under the project path with its groups', () => {
    const link = gitLabNewIssueUrl({ event, issue }, { project: 'acme/backend/api' });
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://gitlab.com/acme/backend/api/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe(event.title);
    expect(url.searchParams.get('issue[description]')).toBe(link.body);
    expect(link.body).toContain('### Stack trace');
  });

  it('trims to the limit on a self-managed instance', () => {
    const link = gitLabNewIssueUrl({ event: hugeEvent() }, { project: 'acme/api', baseUrl: 'https://gitlab.acme.test' });
    expect(link.url.startsWith('https://gitlab.acme.test/acme/api/-/issues/new?')).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(SAFE_URL_LENGTH);
    expect(new URL(link.url).searchParams.get('issue[description]')).toContain(TRIMMED_NOTE);
  });

  it('refuses an empty or dot group', () => {
    expect(() => gitLabNewIssueUrl({ issue }, { project: 'acme//api' })).toThrow(IntegrationTargetError);
    expect(() => gitLabNewIssueUrl({ issue }, { project: 'acme/../admin' })).toThrow(IntegrationTargetError);
  });
});

describe('jiraNewIssueUrl', () => {
  it('opens the create-issue screen of a Cloud site with summary and a wiki-markup description', () => {
    const link = jiraNewIssueUrl({ event, issue }, { site: 'acme', projectKey: '10010', issueType: '10004' });
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa');
    expect(url.searchParams.get('pid')).toBe('10010');
    expect(url.searchParams.get('issuetype')).toBe('10004');
    expect(url.searchParams.get('summary')).toBe(event.title);
    const description = url.searchParams.get('description') ?? '';
    expect(description.startsWith('h2. ')).toBe(true);
    expect(description).toContain('{noformat}');
    expect(description).toContain(`* *Link:* [${issue.permalink}]`);
  });

  it('takes a server URL and plain text, and a key with a separate project id', () => {
    const link = jiraNewIssueUrl({ event }, { site: 'https://jira.acme.test/', projectKey: 'OPS', projectId: '123', format: 'text' });
    const url = new URL(link.url);
    expect(url.origin).toBe('https://jira.acme.test');
    expect(url.searchParams.get('pid')).toBe('123');
    expect(url.searchParams.get('description')).not.toContain('{noformat}');
    expect(url.searchParams.get('description')).toContain('Stack trace\n-----------');
  });

  it('closes a {noformat} block the cut left open and stays under the limit', () => {
    const link = jiraNewIssueUrl({ event: hugeEvent() }, { site: 'acme', projectKey: 'OPS' });
    expect(link.url.length).toBeLessThanOrEqual(SAFE_URL_LENGTH);
    expect(link.trimmed).toBe(true);
    const blocks = link.body.split('\n').filter((line) => line === '{noformat}');
    expect(blocks.length % 2).toBe(0);
    expect(link.body).toContain(`_${TRIMMED_NOTE}_`);
  });

  it('escapes wiki markup in event text so it cannot open macros or links', () => {
    const hostile = normalizeEvent({ message: '{html}<script>x</script>{html} [click|javascript:alert(1)] *bold*' }).value;
    const link = jiraNewIssueUrl({ event: hostile }, { site: 'acme', projectKey: 'OPS' });
    const heading = link.body.split('\n')[0] ?? '';
    expect(heading).toContain('\\{html\\}');
    expect(heading).toContain('\\[click\\|javascript:alert(1)\\]');
    expect(heading).not.toMatch(/(?<!\\)[{[*]/);
  });

  it('keeps a {noformat} in the stack trace from ending the block early', () => {
    const sneaky = normalizeEvent({ exception: { values: [{ type: 'E', value: 'a\n{noformat}\n{html}<b>x</b>{html}' }] } }).value;
    const body = jiraNewIssueUrl({ event: sneaky }, { site: 'acme', projectKey: 'OPS' }).body;
    expect(body.split('\n').filter((line) => line === '{noformat}')).toHaveLength(2);
    expect(body).toContain('{ noformat}');
  });

  it('describes an issue without an event in plain text', () => {
    const link = jiraNewIssueUrl({ issue }, { site: 'acme', projectKey: 'OPS' });
    const description = new URL(link.url).searchParams.get('description') ?? '';
    expect(description.startsWith(issue.title)).toBe(true);
    expect(description).toContain(`Link: ${issue.permalink}`);
    expect(new URL(link.url).searchParams.has('pid')).toBe(false);
  });

  it('refuses a site that is not a name or an http(s) URL', () => {
    expect(() => jiraNewIssueUrl({ event }, { site: 'javascript:alert(1)', projectKey: 'OPS' })).toThrow(IntegrationTargetError);
    expect(() => jiraNewIssueUrl({ event }, { site: 'acme', projectKey: '  ' })).toThrow(IntegrationTargetError);
  });
});

describe('any text at all', () => {
  it('never throws and always fits, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4000 }), fc.integer({ min: 1000, max: 9000 }), (text, limit) => {
        const hostile = normalizeEvent({ message: text, exception: { values: [{ type: text, value: text }] } }).value;
        for (const build of [
          () => gitHubNewIssueUrl({ event: hostile }, { owner: 'o', repo: 'r' }, { maxUrlLength: limit }),
          () => gitLabNewIssueUrl({ event: hostile }, { project: 'g/p' }, { maxUrlLength: limit }),
          () => jiraNewIssueUrl({ event: hostile }, { site: 'acme', projectKey: '1' }, { maxUrlLength: limit }),
        ]) {
          const link = build();
          expect(link.url.length).toBeLessThanOrEqual(limit);
          expect(() => decodeURIComponent(link.url)).not.toThrow();
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('throws a typed error when the limit cannot hold even the title and the note', () => {
    expect(() => gitHubNewIssueUrl({ event }, { owner: 'o', repo: 'r' }, { maxUrlLength: 100 })).toThrow(IntegrationTargetError);
  });
});

describe('permalinks', () => {
  it('never puts a javascript: permalink into a ticket', () => {
    const evil = { ...issue, permalink: 'javascript:alert(1)' };
    const link = gitHubNewIssueUrl({ issue: evil, permalink: 'javascript:alert(2)' }, { owner: 'a', repo: 'b' });
    expect(link.fullReport).not.toContain('javascript:');
    expect(link.fullReport).not.toContain('**Link:**');
  });
});
