import { createRequire } from 'node:module';

export const { checkEntries } = createRequire(import.meta.url)('./expectations.cjs');
