import { knownKeys } from '../knownKeys';

/**
 * The families of stack-trace formats: every platform name Sentry uses prints its
 * traces like one of these.
 */
export type StackPlatformFamily =
  | 'python'
  | 'javascript'
  | 'java'
  | 'csharp'
  | 'go'
  | 'php'
  | 'ruby'
  | 'native'
  | 'other';

const FAMILY_BY_PLATFORM = knownKeys<StackPlatformFamily>({
  python: 'python',
  javascript: 'javascript',
  node: 'javascript',
  'react-native': 'javascript',
  java: 'java',
  android: 'java',
  kotlin: 'java',
  scala: 'java',
  groovy: 'java',
  clojure: 'java',
  csharp: 'csharp',
  dotnet: 'csharp',
  unity: 'csharp',
  go: 'go',
  php: 'php',
  ruby: 'ruby',
  native: 'native',
  cocoa: 'native',
  objc: 'native',
  swift: 'native',
  c: 'native',
  cpp: 'native',
});

/** The stack-trace format family of a platform name (`cocoa` → `native`); `other` when unknown. */
export function getStackPlatformFamily(platform: string | undefined): StackPlatformFamily {
  if (platform === undefined) return 'other';
  const key = platform.trim().toLowerCase();
  return FAMILY_BY_PLATFORM[key] ?? FAMILY_BY_PLATFORM[key.split(/[.\-_]/)[0] ?? ''] ?? 'other';
}
