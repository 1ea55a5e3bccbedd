// Commands and servers of the consumer checks. Every command has a time limit, and every
// server runs in its own process group so that stopping it stops what it spawned (Next.js
// starts workers); whatever still runs when the runner exits is stopped then.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

// Commands and servers not yet ended, each the leader of its process group.
const running = new Set<ChildProcess>();

export interface RunResult {
  ok: boolean;
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** Runs a command to its end (or its time limit), collecting stdout and stderr together. */
export function run(command: string, args: readonly string[], { cwd, env, timeoutMs }: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n(time limit of ${timeoutMs / 1000}s reached: stopped)`;
      stopGroup(child);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ ok: false, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ ok: code === 0, output });
    });
  });
}

/** Runs a command and throws with its output when it fails; returns the output otherwise. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  const result = await run(command, args, options);
  if (!result.ok) throw new Error(`${[command, ...args].join(' ')} failed:\n${result.output}`);
  return result.output;
}


export interface Server {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts a server and resolves once `readyPath` answers (any status below 500), or throws with
 * its output when it exits or does not answer within `timeoutMs`.
 */
export async function startServer(
  command: string,
  args: readonly string[],
  { cwd, env, timeoutMs, url, readyPath }: RunOptions & { url: string; readyPath: string },
): Promise<Server> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const server: Server = {
    url,
    output: () => output,
    stop: async () => {
      stopGroup(child);
      running.delete(child);
      await Promise.race([exited, delay(5000)]);
      if (child.exitCode === null && child.signalCode === null) stopGroup(child, 'SIGKILL');
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      throw new Error(`${command} ${args.join(' ')} exited before answering:\n${output}`);
    }
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) });
      await response.arrayBuffer();
      if (response.status < 500) return server;
    } catch {
      // Not listening yet.
    }
    await delay(500);
  }
  await server.stop();
  throw new Error(`${command} ${args.join(' ')} did not answer ${url}${readyPath} within ${timeoutMs / 1000}s:\n${output}`);
}

/** Stops every command and server still running (on the runner's exit, failures included). */
export function stopAll() {
  for (const child of running) stopGroup(child, 'SIGKILL');
  running.clear();
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** A TCP port free at the time of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
