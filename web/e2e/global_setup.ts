// Starts a real `firsthire serve` for the end-to-end tests: a throwaway
// SQLite database with four users (USERS in helpers.ts), the built web app
// (web/dist), listening on a free port of 127.0.0.1. Its address reaches the
// tests as E2E_BASE_URL. The returned teardown stops the server (SIGTERM,
// then SIGKILL after 10 s) and deletes the database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, BROWSER, PASSWORD, USERS, WEB_DIR } from './helpers';

function firsthire(args: string[], input: string): void {
  const result = spawnSync(BIN, args, { input, encoding: 'utf8', timeout: 60000 });
  if (result.status !== 0) throw new Error(`firsthire ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
}

function serve(db: string): { server: ChildProcess; url: Promise<string> } {
  const server = spawn(BIN, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--web', join(WEB_DIR, 'dist'), '--threads', '2'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr?.on('data', (chunk) => {
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 30000);
    server.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/serving on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
  });
  return { server, url };
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  server.kill('SIGTERM');
  await new Promise<void>((done) => {
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      done();
    }, 10000);
    server.once('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(BIN)) throw new Error(`no firsthire binary at ${BIN} (build it, or set FIRSTHIRE_BIN)`);
  if (!existsSync(join(WEB_DIR, 'dist', 'index.html'))) throw new Error('web/dist is not built: run scripts/web-build');
  if (!existsSync(BROWSER)) throw new Error(`no browser at ${BROWSER} (apt-get install chromium)`);
  const work = mkdtempSync(join(tmpdir(), 'fh-e2e-'));
  const db = join(work, 'firsthire.db');
  for (const user of USERS) {
    firsthire(['user', 'add', user.email, '--role', user.role, '--name', user.name, '--password-stdin', '--db', db], `${PASSWORD}\n`);
  }
  const { server, url } = serve(db);
  try {
    process.env.E2E_BASE_URL = await url;
  } catch (error) {
    await stop(server);
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  console.log(`server at ${process.env.E2E_BASE_URL}`);
  return async () => {
    await stop(server);
    rmSync(work, { recursive: true, force: true });
  };
}
