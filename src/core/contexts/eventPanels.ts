import type { KeyValue, Request, Sdk, Tag, User } from '../model';
import { toSnakeCase } from './fieldSpecs';
import { lazyPanel, type RowRun, runOf } from './lazyRows';
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

/** The known fields of a record that it has, in the given order. */
function fieldRun<T extends object>(panel: string, record: T, fields: readonly (readonly [keyof T, string])[], setting: RowSetting): RowRun {
  const present = fields.filter(([field]) => record[field] !== undefined);
  return runOf(
    present,
    ([field]) => `${panel}.${String(field)}`,
    ([field, label]) => fieldRow(panel, String(field), label, record[field], setting),
  );
}

function extraRun(panel: string, extra: Record<string, unknown> | undefined, setting: RowSetting): RowRun {
  const pairs = Object.entries(extra ?? {}).filter(([, value]) => value !== undefined);
  return runOf(
    pairs,
    ([name]) => `${panel}.${name}`,
    ([name, value]) => buildRow({ key: `${panel}.${name}`, label: name, value, metaPaths: [`${panel}.${name}`] }, setting),
  );
}

/** The user panel: id, email, username, name, IP address, segment, geography, then other user fields. */
export function buildUserPanel(user: User, setting: RowSetting): ContextPanel {
  const fields = fieldRun('user', user, USER_FIELDS, setting);
  const build = fields.build;
  fields.build = (i) => {
    const row = build(i);
    const geo = user.geo;
    if (row.key === 'user.geo' && geo && row.display === undefined && !setting.formatters['user.geo']) {
      const place = [geo.city, geo.subdivision ?? geo.region].filter(Boolean).join(', ');
      row.display = geo.countryCode ? `${place ? `${place}, ` : ''}${geo.countryCode}` : place || undefined;
    }
    return row;
  };
  return lazyPanel({ key: 'user', type: 'user', title: 'User' }, [fields, extraRun('user', user.extra, setting)]);
}

function pairRun(group: 'query' | 'headers' | 'cookies', pairs: readonly KeyValue[] | undefined, setting: RowSetting): RowRun {
  return runOf(
    pairs ?? [],
    ([name]) => `request.${group}.${name}`,
    ([name, value], i) =>
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
    group,
  );
}

/** The request panel: method, URL, body, then query, headers, cookies and env as groups; secrets masked. */
export function buildRequestPanel(request: Request, setting: RowSetting): ContextPanel {
  const env = runOf(
    Object.entries(request.env ?? {}),
    ([name]) => `request.env.${name}`,
    ([name, value]) =>
      buildRow({ key: `request.env.${name}`, label: name, value, group: 'env', sensitiveName: name, metaPaths: [`request.env.${name}`] }, setting),
    'env',
  );
  return lazyPanel({ key: 'request', type: 'request', title: 'HTTP Request' }, [
    fieldRun('request', request, REQUEST_FIELDS, setting),
    pairRun('query', request.query, setting),
    pairRun('headers', request.headers, setting),
    pairRun('cookies', request.cookies, setting),
    env,
    extraRun('request', request.extra, setting),
  ]);
}

/** The tags panel: one row per tag, in the event's order. */
export function buildTagsPanel(tags: readonly Tag[], setting: RowSetting): ContextPanel {
  const run = runOf(
    tags,
    (tag) => `tags.${tag.key}`,
    (tag, i) =>
      buildRow({ key: `tags.${tag.key}`, label: tag.key, value: tag.value, metaPaths: [`tags.${tag.key}`, `tags[${i}][1]`, `tags[${i}]`] }, setting),
  );
  return lazyPanel({ key: 'tags', type: 'tags', title: 'Tags' }, [run]);
}

const SDK_FIELDS: readonly (readonly [keyof Sdk, string])[] = [
  ['name', 'Name'],
  ['version', 'Version'],
  ['integrations', 'Integrations'],
  ['packages', 'Packages'],
];

/** The SDK panel: name, version, integrations and packages, then other SDK fields. */
export function buildSdkPanel(sdk: Sdk, setting: RowSetting): ContextPanel {
  return lazyPanel({ key: 'sdk', type: 'sdk', title: 'SDK' }, [fieldRun('sdk', sdk, SDK_FIELDS, setting), extraRun('sdk', sdk.extra, setting)]);
}

/** The additional data panel: the event's `extra` keys verbatim, nested values kept structured. */
export function buildExtraDataPanel(extraData: Record<string, unknown>, setting: RowSetting): ContextPanel {
  const pairs = Object.entries(extraData).filter(([, value]) => value !== undefined);
  const run = runOf(
    pairs,
    ([name]) => `extra.${name}`,
    ([name, value]) => buildRow({ key: `extra.${name}`, label: name, value, metaPaths: [`extraData.${name}`] }, setting),
  );
  return lazyPanel({ key: 'extra', type: 'extra', title: 'Additional Data' }, [run]);
}
