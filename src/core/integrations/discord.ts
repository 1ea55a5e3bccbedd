import { clipWhole } from '../report/wholeText';
import type { IntegrationInput } from './issueReport';
import { summarizeAlert } from './alertSummary';

/** One Discord embed. */
export interface DiscordEmbed {
  title: string;
  description?: string;
  url?: string;
  color: number;
  fields: { name: string; value: string; inline: boolean }[];
  footer?: { text: string };
  timestamp?: string;
}

/** A Discord webhook body. `allowed_mentions` is empty so no event text can ping anyone. */
export interface DiscordMessage {
  content: string;
  embeds: DiscordEmbed[];
  allowed_mentions: { parse: [] };
}

/** Discord's documented limits (Channel > Embed limits, Execute Webhook). */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

const COLORS: Record<string, number> = { fatal: 0x9b1c1c, error: 0xe03e2f, warning: 0xf5a623, info: 0x3b82f6, debug: 0x6b7280 };

/** Backslash-escapes Discord Markdown (`* _ ~ | > # - [ ] ( ) \` and backticks) and neuters `@` and `<` mentions. */
export function escapeDiscord(text: string): string {
  return text.replace(/[\\*_~|>#[\]()`-]/g, '\\$&').replace(/@/g, '@\u200b').replace(/</g, '<\u200b');
}

/** A code block whose content cannot end it. */
function codeBlock(code: string, max: number): string {
  return `\`\`\`\n${clipWhole(code.replace(/```/g, '`\u200b`\u200b`'), max - 8)}\n\`\`\``;
}

/**
 * The issue as a Discord webhook message: a short `content` line and one embed (title linked to
 * the issue, facts as inline fields, the exception and frames in a code block), each part within
 * Discord's limits and the embed within its 6000-character total.
 */
export function toDiscordMessage(input: IntegrationInput, options: { maxFrames?: number } = {}): DiscordMessage {
  const summary = summarizeAlert(input, options.maxFrames ?? 5, 2000);
  const title = clipWhole(summary.title, DISCORD_LIMITS.title);
  const fields = summary.facts.slice(0, DISCORD_LIMITS.fields).map(([name, value]) => ({
    name: clipWhole(name, DISCORD_LIMITS.fieldName),
    value: clipWhole(escapeDiscord(value), DISCORD_LIMITS.fieldValue),
    inline: true,
  }));
  const code = [summary.exception, ...summary.frames.map((frame) => `  at ${frame}`)].filter(Boolean).join('\n');
  const parts = [summary.culprit === undefined ? undefined : `*${escapeDiscord(clipWhole(summary.culprit, 500))}*`, code === '' ? undefined : codeBlock(code, 3000)];
  // The description gets what the title and fields leave of the 6000 total.
  const used = title.length + fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const room = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - used - 100);
  const description = clipWhole(parts.filter(Boolean).join('\n'), Math.max(0, room));
  const content = clipWhole(`${summary.level === 'fatal' || summary.level === 'error' ? '🔴' : '🟠'} New alert: ${escapeDiscord(title)}`, DISCORD_LIMITS.content);
  return {
    content,
    embeds: [
      {
        title,
        ...(description === '' ? {} : { description }),
        ...(summary.permalink === undefined ? {} : { url: summary.permalink }),
        color: COLORS[summary.level] ?? COLORS.error!,
        fields,
        ...(summary.issueRef === undefined ? {} : { footer: { text: clipWhole(summary.issueRef, DISCORD_LIMITS.footer) } }),
        ...(summary.timestamp !== undefined && !Number.isNaN(Date.parse(summary.timestamp)) ? { timestamp: new Date(summary.timestamp).toISOString() } : {}),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
