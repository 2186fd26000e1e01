// The test mail server's inbox: global_setup.ts starts Debian's aiosmtpd,
// which keeps each message as NAME.eml with its envelope in NAME.json under
// E2E_MAIL_DIR. Specs read what the server's outbox sent from there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok } from './helpers';

interface Mail {
  to: string[];
  text: string;
}

function mailbox(): Mail[] {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set (global_setup.ts starts the mail server)');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => {
      const envelope = JSON.parse(readFileSync(join(dir, name.replace(/\.eml$/, '.json')), 'utf8')) as { to: string[] };
      return { to: envelope.to, text: readFileSync(join(dir, name), 'utf8') };
    });
}

// The first message to `to` that `wanted` accepts, waiting for the
// server's outbox (it polls every 2 s).
export async function mailTo(to: string, wanted: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 30000;
  for (;;) {
    const found = mailbox().find((mail) => mail.to.includes(to) && wanted(mail.text));
    if (found) return found.text;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} arrived within 30 s; got ${mailbox().length} message(s)`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

// The decoded base64 attachment of a multipart message with this content type.
export function attachment(text: string, contentType: string): string {
  const start = text.indexOf(`Content-Type: ${contentType}`);
  ok(start >= 0, `the message has a ${contentType} part`);
  const body = text.slice(text.indexOf('\r\n\r\n', start) + 4);
  return Buffer.from(body.slice(0, body.indexOf('--')).replace(/\s+/g, ''), 'base64').toString('utf8');
}
