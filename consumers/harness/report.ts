// One line per check, ✔ or ✘, and the closing count; a failure keeps the tail of its output.

let passed = 0;
let failed = 0;

/** Records a check's outcome; `detail` is printed under a failure (and under a pass if short). */
export function record(name: string, ok: boolean, detail = ''): boolean {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✘'} ${name}`);
  const text = detail.trim();
  if (text && (!ok || text.length < 200)) console.log(indent(ok ? text : tail(text, 40)));
  return ok;
}

/** Runs `body` as one check: passes unless it throws, whose message becomes the detail. */
export async function check(name: string, body: () => Promise<string | undefined> | string | undefined): Promise<boolean> {
  try {
    return record(name, true, (await body()) ?? '');
  } catch (error) {
    // The message says what failed (a command's output, the missing text); stacks are noise.
    return record(name, false, error instanceof Error ? error.message : String(error));
  }
}

export function totals() {
  return { passed, failed };
}

function tail(text: string, lines: number): string {
  const all = text.split('\n');
  return all.length <= lines ? text : [`… ${all.length - lines} lines above`, ...all.slice(-lines)].join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
