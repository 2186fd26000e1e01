// Starts a real `firsthire serve` for the end-to-end tests: a throwaway
// SQLite database with four users (USERS in helpers.ts), the built web app
// (web/dist), listening on a free port of 127.0.0.1. Its address reaches the
// tests as E2E_BASE_URL. A real mail server (Debian's python3-aiosmtpd,
// tests/mail/smtp_sink.py) keeps what the server emails (serve --smtp) as
// files in E2E_MAIL_DIR. The returned teardown stops both (SIGTERM, then
// SIGKILL after 10 s) and deletes the database and the mail.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, BROWSER, MAIL_FROM, PASSWORD, REPO, USERS, WEB_DIR } from './helpers';

function firsthire(args: string[], input: string): void {
  const result = spawnSync(BIN, args, { input, encoding: 'utf8', timeout: 60000 });
  if (result.status !== 0) throw new Error(`firsthire ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
}

// The test mail server; resolves its port once it listens.
function mailServer(dir: string): { sink: ChildProcess; port: Promise<number> } {
  const sink = spawn('/usr/bin/python3', [join(REPO, 'tests', 'mail', 'smtp_sink.py'), '--port', '0', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  sink.stderr?.on('data', (chunk) => {
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  });
  const port = new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the mail server did not start: ${out}`)), 30000);
    sink.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/ready (\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    sink.once('exit', (code) => reject(new Error(`the mail server exited with ${code} (is python3-aiosmtpd installed? scripts/setup): ${out}`)));
  });
  return { sink, port };
}

function serve(db: string, smtpPort: number): { server: ChildProcess; url: Promise<string> } {
  const server = spawn(BIN, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--web', join(WEB_DIR, 'dist'), '--threads', '2',
    '--smtp', `smtp://127.0.0.1:${smtpPort}`, '--smtp-from', MAIL_FROM], {
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
  const mailDir = join(work, 'mail');
  const { sink, port } = mailServer(mailDir);
  let smtpPort: number;
  try {
    smtpPort = await port;
  } catch (error) {
    await stop(sink);
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  process.env.E2E_MAIL_DIR = mailDir;
  const { server, url } = serve(db, smtpPort);
  try {
    process.env.E2E_BASE_URL = await url;
  } catch (error) {
    await stop(server);
    await stop(sink);
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  console.log(`server at ${process.env.E2E_BASE_URL}, mail server at 127.0.0.1:${smtpPort}`);
  return async () => {
    await stop(server);
    await stop(sink);
    rmSync(work, { recursive: true, force: true });
  };
}
