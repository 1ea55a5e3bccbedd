export { EventNavigation, type EventNavigationKind, type EventNavigationProps } from './EventNavigation';
export { fillEventHref } from './eventHref';
export { type EventNavigationMessages, eventNavigationMessages } from './messages';
