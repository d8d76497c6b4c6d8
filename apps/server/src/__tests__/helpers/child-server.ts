// Runs `readouts serve` as a real child process on a random port, for crash and signal tests.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const SERVER_ROOT = path.resolve(import.meta.dirname, '../../..');

/** A spawned server: its base URL, the process, and its exit as a promise. */
export interface ChildServer {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns the CLI `serve` on port 0 with `dataDir`, resolving once it logs that it listens. */
export async function spawnServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--data', dataDir],
    {
      cwd: SERVER_ROOT,
      env: { ...process.env, DATABASE_URL: '', READOUTS_LOG: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const event = JSON.parse(line);
        if (event.msg === 'listening') {
          // Its later lines (one per request) are drained unread: parsing them would load the
          // test's or the benchmark's own process with every request the server answers.
          lines.close();
          child.stdout!.resume();
          resolve(event.port);
        }
      } catch {}
    });
    exited.then(({ code }) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, exited };
}
