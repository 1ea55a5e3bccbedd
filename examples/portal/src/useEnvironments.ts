import { useEffect, useState } from 'react';
import { ORGANIZATION, sentryClient } from './config';

/**
 * The organization's environment names from the API, for the picker; empty while loading or
 * when the call fails (the picker still offers "All environments").
 */
export function useEnvironments(): readonly string[] {
  const [names, setNames] = useState<readonly string[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    sentryClient
      .listEnvironments({ organization: ORGANIZATION }, { signal: controller.signal })
      .then((result) => setNames(result.data.map((environment) => environment.name)))
      .catch(() => {
        // An older self-hosted Sentry or a token without org:read: the picker keeps "All".
      });
    return () => controller.abort();
  }, []);
  return names;
}
