import type { KeyValue, Request, Sdk, Tag, User } from '../model';
import { toSnakeCase } from './fieldSpecs';
import { buildRow, type RowSetting } from './rows';
import type { ContextPanel, ContextRow } from './types';

const USER_FIELDS: readonly (readonly [keyof User, string])[] = [
  ['id', 'ID'],
  ['email', 'Email'],
  ['username', 'Username'],
  ['name', 'Name'],
  ['ipAddress', 'IP Address'],
  ['segment', 'Segment'],
  ['geo', 'Geography'],
];

const REQUEST_FIELDS: readonly (readonly [keyof Request, string])[] = [
  ['method', 'Method'],
  ['url', 'URL'],
  ['fragment', 'Fragment'],
  ['apiTarget', 'API Target'],
  ['bodySize', 'Body Size'],
  ['data', 'Body'],
];

function fieldRow(panel: string, field: string, label: string, value: unknown, setting: RowSetting): ContextRow {
  return buildRow(
    { key: `${panel}.${field}`, label, value, metaPaths: [`${panel}.${field}`, `${panel}.${toSnakeCase(field)}`] },
    setting,
  );
}

function extraRows(panel: string, extra: Record<string, unknown> | undefined, setting: RowSetting): ContextRow[] {
  return Object.entries(extra ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => buildRow({ key: `${panel}.${name}`, label: name, value, metaPaths: [`${panel}.${name}`] }, setting));
}

/** The user panel: id, email, username, name, IP address, segment, geography, then other user fields. */
export function buildUserPanel(user: User, setting: RowSetting): ContextPanel {
  const rows = USER_FIELDS.filter(([field]) => user[field] !== undefined).map(([field, label]) => {
    const row = fieldRow('user', field, label, user[field], setting);
    const geo = user.geo;
    if (field === 'geo' && geo && row.display === undefined && !setting.formatters['user.geo']) {
      const place = [geo.city, geo.subdivision ?? geo.region].filter(Boolean).join(', ');
      row.display = geo.countryCode ? `${place ? `${place}, ` : ''}${geo.countryCode}` : place || undefined;
    }
    return row;
  });
  return { key: 'user', type: 'user', title: 'User', rows: [...rows, ...extraRows('user', user.extra, setting)] };
}

function pairRows(group: 'query' | 'headers' | 'cookies', pairs: readonly KeyValue[] | undefined, setting: RowSetting): ContextRow[] {
  return (pairs ?? []).map(([name, value], i) =>
    buildRow(
      {
        key: `request.${group}.${name}`,
        label: name,
        value,
        group,
        sensitiveName: name,
        // The input sent pairs either as an object (meta by name) or as a list (meta by position).
        metaPaths: [`request.${group}.${name}`, `request.${group}[${i}][1]`, `request.${group}[${i}]`],
      },
      setting,
    ),
  );
}

/** The request panel: method, URL, body, then query, headers, cookies and env as groups; secrets masked. */
export function buildRequestPanel(request: Request, setting: RowSetting): ContextPanel {
  const rows = REQUEST_FIELDS.filter(([field]) => request[field] !== undefined).map(([field, label]) =>
    fieldRow('request', field, label, request[field], setting),
  );
  rows.push(...pairRows('query', request.query, setting));
  rows.push(...pairRows('headers', request.headers, setting));
  rows.push(...pairRows('cookies', request.cookies, setting));
  for (const [name, value] of Object.entries(request.env ?? {})) {
    const metaPaths = [`request.env.${name}`];
    rows.push(buildRow({ key: `request.env.${name}`, label: name, value, group: 'env', sensitiveName: name, metaPaths }, setting));
  }
  rows.push(...extraRows('request', request.extra, setting));
  return { key: 'request', type: 'request', title: 'HTTP Request', rows };
}

/** The tags panel: one row per tag, in the event's order. */
export function buildTagsPanel(tags: readonly Tag[], setting: RowSetting): ContextPanel {
  const rows = tags.map((tag, i) =>
    buildRow({ key: `tags.${tag.key}`, label: tag.key, value: tag.value, metaPaths: [`tags.${tag.key}`, `tags[${i}][1]`, `tags[${i}]`] }, setting),
  );
  return { key: 'tags', type: 'tags', title: 'Tags', rows };
}

const SDK_FIELDS: readonly (readonly [keyof Sdk, string])[] = [
  ['name', 'Name'],
  ['version', 'Version'],
  ['integrations', 'Integrations'],
  ['packages', 'Packages'],
];

/** The SDK panel: name, version, integrations and packages, then other SDK fields. */
export function buildSdkPanel(sdk: Sdk, setting: RowSetting): ContextPanel {
  const rows = SDK_FIELDS.filter(([field]) => sdk[field] !== undefined).map(([field, label]) => fieldRow('sdk', field, label, sdk[field], setting));
  return { key: 'sdk', type: 'sdk', title: 'SDK', rows: [...rows, ...extraRows('sdk', sdk.extra, setting)] };
}

/** The additional data panel: the event's `extra` keys verbatim, nested values kept structured. */
export function buildExtraDataPanel(extraData: Record<string, unknown>, setting: RowSetting): ContextPanel {
  const rows = Object.entries(extraData)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => buildRow({ key: `extra.${name}`, label: name, value, metaPaths: [`extraData.${name}`] }, setting));
  return { key: 'extra', type: 'extra', title: 'Additional Data', rows };
}
