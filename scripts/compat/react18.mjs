// Renders the built kit with React 18, installed beside the packed package in a scratch folder.
import { JSDOM } from 'jsdom';
import { createElement } from 'react';
import { version } from 'react';
import { renderToString } from 'react-dom/server';

if (!version.startsWith('18.')) throw new Error(`expected React 18, got ${version}`);

const kit = await import('faultline');
const tree = createElement('div', { 'data-fl-theme': 'dark' }, createElement(kit.LevelBadge, { level: 'fatal' }));

const html = renderToString(tree);
if (!html.includes('data-level="fatal"')) throw new Error(`server render lacks the badge: ${html}`);

const dom = new JSDOM('<!doctype html><div id="root"></div>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document, IS_REACT_ACT_ENVIRONMENT: true });
const { createRoot } = await import('react-dom/client');
const { act } = await import('react');
const container = dom.window.document.getElementById('root');
await act(async () => createRoot(container).render(tree));
if (!container.querySelector('[data-level="fatal"]')) throw new Error('client render lacks the badge');

console.log(`react18: server and client render with React ${version}`);
