// Entry `faultline/hooks`: headless hooks, no markup, no CSS.
export { useControllableState, type UseControllableStateOptions } from './useControllableState';
