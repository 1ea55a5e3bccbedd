import { createContext, useContext } from 'react';

/**
 * Whether masked secrets below may be revealed one by one. `EventView` and
 * `BreadcrumbTimeline` set it from their `revealSecrets` prop, so every `KeyValueList` inside
 * (breadcrumb data, frame variables, other data) follows without threading a prop through.
 */
export const RevealSecretsContext = /* @__PURE__ */ createContext<boolean | undefined>(undefined);

/** The `revealSecrets` prop when given, else the nearest provider's, else `true`. */
export function useRevealSecrets(prop: boolean | undefined): boolean {
  const inherited = useContext(RevealSecretsContext);
  return prop ?? inherited ?? true;
}
