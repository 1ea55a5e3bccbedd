import type { TagFacet } from '../../src/core';

/** Tags of one issue as `/issues/{id}/tags/` lists them: made up for the stories, in Sentry's shape. */
export const sampleTags: TagFacet[] = [
  {
    key: 'browser',
    name: 'Browser',
    totalValues: 1240,
    uniqueValues: 7,
    topValues: [
      { value: 'Chrome 120.0', count: 769 },
      { value: 'Firefox 121.0', count: 248 },
      { value: 'Safari 17.2', count: 124 },
      { value: 'Edge 120.0', count: 62 },
      { value: 'Opera 105', count: 25 },
    ],
  },
  {
    key: 'environment',
    name: 'Environment',
    totalValues: 1240,
    uniqueValues: 2,
    topValues: [
      { value: 'production', count: 1180 },
      { value: 'staging', count: 60 },
    ],
  },
  {
    key: 'user',
    name: 'User',
    totalValues: 1240,
    uniqueValues: 312,
    topValues: [
      { value: 'id:42', name: 'ada@example.com', count: 96 },
      { value: 'id:7', name: 'grace@example.com', count: 40 },
      { value: 'ip:10.0.0.3', count: 3 },
    ],
  },
  {
    key: 'url',
    name: 'URL',
    totalValues: 1240,
    uniqueValues: 12,
    topValues: [
      { value: 'https://shop.example.com/checkout?step=2', count: 900 },
      { value: 'https://shop.example.com/cart', count: 1 },
    ],
  },
];

/** Values of the `browser` tag beyond the top five, as `/tags/browser/values/` pages them. */
export const moreBrowserValues = [
  ...sampleTags[0]!.topValues,
  { value: 'Samsung Internet 23', count: 8 },
  { value: 'Yandex 23.11', count: 4 },
];
