import { clipWhole } from '../report/wholeText';
import type { IntegrationInput } from './issueReport';
import { summarizeAlert } from './alertSummary';

/** An Adaptive Card element Faultline builds. */
export type TeamsCardElement =
  | { type: 'TextBlock'; text: string; wrap: true; weight?: 'Bolder'; size?: 'Medium'; fontType?: 'Monospace'; isSubtle?: boolean; color?: 'Attention' | 'Warning' }
  | { type: 'FactSet'; facts: { title: string; value: string }[] };

/** The message a Teams workflow or incoming webhook takes: one Adaptive Card attachment. */
export interface TeamsMessage {
  type: 'message';
  attachments: {
    contentType: 'application/vnd.microsoft.card.adaptive';
    contentUrl: null;
    content: {
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
      type: 'AdaptiveCard';
      version: '1.4';
      body: TeamsCardElement[];
      actions: { type: 'Action.OpenUrl'; title: string; url: string }[];
      msteams: { width: 'Full' };
    };
  }[];
}

/**
 * Teams' limits: a webhook message may be at most about 28 KB; Faultline stays well under by
 * clipping the title to 250 characters, each text to 2000 and the frames to 10.
 */
export const TEAMS_LIMITS = { messageBytes: 28_000, title: 250, text: 2000, frames: 10 } as const;

/**
 * Escapes the Markdown subset TextBlocks and facts render (`*`, `_`, `[`, `]`, `(`, `)`, `` ` ``,
 * `#`, `>`, `~`, `-` and `+` at a line start, `\`), so event text cannot make links or emphasis.
 */
export function escapeTeams(text: string): string {
  return text.replace(/[\\*_[\]()`#>~|]/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** The issue as an Adaptive Card: title, facts, culprit, exception and frames, and a link button. */
export function toTeamsMessage(input: IntegrationInput, options: { maxFrames?: number } = {}): TeamsMessage {
  const summary = summarizeAlert(input, Math.min(options.maxFrames ?? 5, TEAMS_LIMITS.frames), TEAMS_LIMITS.text);
  const text = (value: string) => escapeTeams(clipWhole(value, TEAMS_LIMITS.text));
  const body: TeamsCardElement[] = [
    { type: 'TextBlock', text: text(clipWhole(summary.title, TEAMS_LIMITS.title)), wrap: true, weight: 'Bolder', size: 'Medium', color: summary.level === 'fatal' || summary.level === 'error' ? 'Attention' : 'Warning' },
  ];
  if (summary.facts.length > 0) body.push({ type: 'FactSet', facts: summary.facts.map(([title, value]) => ({ title: escapeTeams(title), value: escapeTeams(value) })) });
  if (summary.culprit !== undefined) body.push({ type: 'TextBlock', text: text(summary.culprit), wrap: true, isSubtle: true });
  const code = [summary.exception, ...summary.frames.map((frame) => `  at ${frame}`)].filter(Boolean).join('\n');
  if (code !== '') body.push({ type: 'TextBlock', text: text(code), wrap: true, fontType: 'Monospace' });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: summary.permalink === undefined ? [] : [{ type: 'Action.OpenUrl', title: 'Open in Sentry', url: summary.permalink }],
          msteams: { width: 'Full' },
        },
      },
    ],
  };
}
