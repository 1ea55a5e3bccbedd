// Plain Node hosts: ESM import and CommonJS require of every entry, on each supported Node.
import { check } from '../report';
import { runOrThrow } from '../processes';

const NODES: { label: string; command: string; prefix: string[] }[] = [
  { label: `Node ${process.versions.node.split('.')[0]}`, command: process.execPath, prefix: [] },
  { label: 'Node 22', command: 'npx', prefix: ['-y', 'node@22'] },
  { label: 'Node 24', command: 'npx', prefix: ['-y', 'node@24'] },
];

export async function checkNode(dir: string) {
  for (const node of NODES) {
    for (const [kind, file] of [
      ['ESM import', 'import.mjs'],
      ['CJS require', 'require.cjs'],
    ] as const) {
      await check(`node: ${kind} of every entry on ${node.label}`, async () => {
        const output = await runOrThrow(node.command, [...node.prefix, file], { cwd: dir, timeoutMs: 180_000 });
        return output.trim().split('\n').at(-1);
      });
    }
  }
}
