// Entry `faultline/hooks`: headless hooks, no markup, no CSS.
export { useControllableState, type UseControllableStateOptions } from './useControllableState';
export { type CopyState, copyText, useCopy } from './useCopy';
export { useNow } from './useNow';
