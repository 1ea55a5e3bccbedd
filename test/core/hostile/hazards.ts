/** Hostile values a JavaScript caller (not JSON) can hand a normalizer, and where to put them. */

/** A Proxy trap that can make reading an object throw. */
export type Trap = 'get' | 'ownKeys' | 'getOwnPropertyDescriptor' | 'has' | 'getPrototypeOf';

/** Every trap the normalizers must survive. */
export const TRAPS: readonly Trap[] = ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf'];

/** A hostile stand-in for the value at one spot of an event. */
export type Hazard =
  | { kind: 'getter' }
  | { kind: 'proxy'; trap: Trap }
  | { kind: 'revoked' }
  | { kind: 'cycle' }
  | { kind: 'exotic'; value: 'bigint' | 'symbol' | 'function' | 'date' | 'map' | 'symbol-key' };

/** Hazards whose reading throws: each must become a problem, never a throw. */
export const THROWING: readonly Hazard[] = [
  { kind: 'getter' },
  ...TRAPS.map((trap): Hazard => ({ kind: 'proxy', trap })),
  { kind: 'revoked' },
];

/** Hazards that read without throwing but are no JSON. */
export const EXOTIC: readonly Hazard[] = (['bigint', 'symbol', 'function', 'date', 'map', 'symbol-key'] as const).map(
  (value): Hazard => ({ kind: 'exotic', value }),
);

export const ALL_HAZARDS: readonly Hazard[] = [...THROWING, { kind: 'cycle' }, ...EXOTIC];

/** Whether reading the hazard throws. */
export const throws = (hazard: Hazard) => hazard.kind === 'getter' || hazard.kind === 'proxy' || hazard.kind === 'revoked';

/** How many times a planted hazard threw: a test can tell a hazard never read from one reported. */
export const fired = { count: 0 };

function boom(): never {
  fired.count++;
  throw new Error('hostile input');
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** One step of a path: an object key or an array index. */
export type Step = string | number;

/** The path as problems write it: `exception.values[0].type`. */
export function pathText(steps: readonly Step[]): string {
  let text = '';
  for (const step of steps) text = typeof step === 'number' ? `${text}[${step}]` : text === '' ? step : `${text}.${step}`;
  return text;
}

/** Every path in a JSON value (breadth first, at most `limit`), the root excluded. */
export function jsonPaths(root: unknown, limit = 5000): Step[][] {
  const paths: Step[][] = [];
  const queue: [unknown, Step[]][] = [[root, []]];
  for (let at = 0; at < queue.length && paths.length < limit; at++) {
    const [value, steps] = queue[at] as [unknown, Step[]];
    if (!isContainer(value)) continue;
    const keys: Step[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    for (const key of keys) {
      const child = (value as Record<string | number, unknown>)[key];
      const childSteps = [...steps, key];
      paths.push(childSteps);
      queue.push([child, childSteps]);
    }
  }
  return paths;
}

function hostileObject(target: unknown, hazard: Hazard): unknown {
  const base: object = isContainer(target) ? target : { value: target };
  if (hazard.kind === 'proxy') return new Proxy(base, { [hazard.trap]: boom });
  // A revoked Proxy throws on every operation but `typeof`, from the engine: `fired` cannot count it.
  const { proxy, revoke } = Proxy.revocable(base, {});
  revoke();
  return proxy;
}

function exotic(value: Extract<Hazard, { kind: 'exotic' }>['value'], original: unknown): unknown {
  switch (value) {
    case 'bigint':
      return 12345678901234567890n;
    case 'symbol':
      return Symbol('hostile');
    case 'function':
      return () => 'hostile';
    case 'date':
      return new Date(0);
    case 'map':
      return new Map([['type', 'TypeError']]);
    case 'symbol-key':
      return Object.assign(isContainer(original) && !Array.isArray(original) ? { ...original } : {}, { [Symbol('hostile')]: 1 });
  }
}

/** Replaces the value at `steps` of `root` (mutated) with the hazard. */
export function plant(root: Container, steps: readonly Step[], hazard: Hazard): void {
  let parent: unknown = root;
  for (const step of steps.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
  const key = steps[steps.length - 1] as Step;
  const host = parent as Record<string | number, unknown>;
  const original = host[key];
  switch (hazard.kind) {
    case 'getter':
      Object.defineProperty(host, key, { get: boom, enumerable: true, configurable: true });
      return;
    case 'proxy':
    case 'revoked':
      host[key] = hostileObject(original, hazard);
      return;
    case 'cycle':
      // The spot holds its own parent: an object that contains itself.
      host[key] = parent;
      return;
    case 'exotic':
      host[key] = exotic(hazard.value, original);
  }
}

/** A label for a hazard in test names and failure messages. */
export function hazardName(hazard: Hazard): string {
  if (hazard.kind === 'proxy') return `Proxy throwing in ${hazard.trap}`;
  if (hazard.kind === 'exotic') return hazard.value;
  return hazard.kind;
}
