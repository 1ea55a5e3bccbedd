// The same entries required from CommonJS (node16 resolution picks the `require` types).
import faultline = require('faultline');
import hooks = require('faultline/hooks');
import schema = require('faultline/schema');
import sentry = require('faultline/sentry');

const result: schema.NormalizeResult<schema.Event> = schema.normalizeEvent({ message: 'hello' });
export const title: string = result.value.title;
export const badge = faultline.LevelBadge;
export const useList: typeof hooks.useIssueList = hooks.useIssueList;
export const verify: (body: string, signature: string, secret: string) => Promise<boolean> = sentry.verifySentrySignature;
