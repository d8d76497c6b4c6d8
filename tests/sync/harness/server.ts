// A real `readouts serve` process for sync tests: started on a fixed free port (so devices keep
// their settings across restarts), stopped gently or killed, plus the CLI for users and tokens.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { backUpPg } from './postgres';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const CLI = ['--import', 'tsx', 'apps/server/src/cli/main.ts'];

/** Where the server keeps its data: a SQLite directory, or a PostgreSQL database. */
export type Backend = { kind: 'sqlite'; dataDir: string } | { kind: 'pg'; databaseUrl: string };

/** A fresh SQLite backend in a temporary directory. */
export function sqliteBackend(): Backend {
  return { kind: 'sqlite', dataDir: mkdtempSync(path.join(tmpdir(), 'readouts-sync-e2e-')) };
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** One server process at a time on one port; start it again after `stop` or `kill`. */
export class SyncServer {
  private child: ChildProcess | null = null;
  private exited: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly backend: Backend,
    readonly port: number,
  ) {}

  /** Starts a server on a free port. */
  static async start(backend: Backend, env: NodeJS.ProcessEnv = {}): Promise<SyncServer> {
    const server = new SyncServer(backend, await freePort());
    await server.restart(env);
    return server;
  }

  /** The base URL the extension is given (`localhost`, as a user would type it). */
  get url(): string {
    return `http://localhost:${this.port}`;
  }

  private env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const databaseUrl = this.backend.kind === 'pg' ? this.backend.databaseUrl : '';
    return { ...process.env, DATABASE_URL: databaseUrl, READOUTS_LOG: '1', ...extra };
  }

  private dataArgs(): string[] {
    return this.backend.kind === 'sqlite' ? ['--data', this.backend.dataDir] : [];
  }

  /** Starts the process (again) on the same port; resolves once it listens. */
  async restart(env: NodeJS.ProcessEnv = {}): Promise<void> {
    if (this.child) throw new Error('server is already running');
    const child = spawn(
      process.execPath,
      [...CLI, 'serve', '--port', String(this.port), '--host', '127.0.0.1', ...this.dataArgs()],
      { cwd: repoRoot, env: this.env(env), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
    });
    await new Promise<void>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.includes('"listening"')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
    });
  }

  /** Freezes the server process (SIGSTOP): requests wait, unanswered, until `resume`. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  /** Lets a paused server run again (SIGCONT). */
  resume(): void {
    this.child?.kill('SIGCONT');
  }

  /** Sends `signal` and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    child.kill(signal);
    await this.exited;
  }

  /**
   * Backs up the server's data (stop it first); the function returned restores that backup, losing
   * everything written since, as an operator restoring last night's backup would.
   */
  backup(): () => void {
    if (this.child) throw new Error('stop the server before backing it up');
    const backend = this.backend;
    if (backend.kind === 'pg') return backUpPg(backend.databaseUrl);
    const copy = mkdtempSync(path.join(tmpdir(), 'readouts-backup-'));
    cpSync(backend.dataDir, copy, { recursive: true });
    return () => {
      if (this.child) throw new Error('stop the server before restoring a backup');
      rmSync(backend.dataDir, { recursive: true, force: true });
      cpSync(copy, backend.dataDir, { recursive: true });
      rmSync(copy, { recursive: true, force: true });
    };
  }

  /** Runs a `readouts` CLI command against this server's data; returns its stdout. */
  async cli(...args: string[]): Promise<string> {
    const { stdout } = await promisify(execFile)(process.execPath, [...CLI, ...args, ...this.dataArgs()], {
      cwd: repoRoot,
      env: this.env(),
    });
    return stdout;
  }

  /** A new device token for `user` (the CLI prints it as the last line). */
  async token(user: string, device: string): Promise<string> {
    return lastLine(await this.cli('token', 'add', user, '--device', device));
  }

  /** Creates a user and returns its first device's token. */
  async addUser(user: string, device: string): Promise<string> {
    return lastLine(await this.cli('user', 'add', user, '--device', device));
  }
}

const lastLine = (text: string) => text.trim().split('\n').at(-1)!.trim();
