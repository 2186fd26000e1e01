// Pure logic of the account pages: the checks a new password must pass here
// before it is sent (the server checks them again), and the one-time link a
// set-password page is opened with.

// The server's shortest password (docs/http.md), in characters.
export const MIN_PASSWORD_LENGTH = 12;

export interface PasswordProblem {
  name: 'password' | 'confirm';
  message: string;
}

export function newPasswordProblems(password: string, confirm: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push({ name: 'password', message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` });
  }
  if (password !== confirm) problems.push({ name: 'confirm', message: 'The two passwords differ: type the same one twice.' });
  return problems;
}

// The token of a set-password link (…/set-password?token=…), or "".
export function tokenFrom(search: string): string {
  return new URLSearchParams(search).get('token')?.trim() ?? '';
}

// What the users page says about a one-time link the server gave: an
// invitation (POST /users → invite_url) or a reset (POST /users/{id}/reset
// → reset_url); null when the server gave none. `emailed`: the answer's
// flag, whether the server also emailed the link (docs/notifications.md).
export function linkNotice(kind: 'invite' | 'reset', name: string, url: string | undefined | null, emailed = false): { heading: string; text: string; url: string } | null {
  if (!url) return null;
  const mail = emailed
    ? ` It was also emailed to ${name}.`
    : ' It was not emailed: this server has no mail server set up.';
  return kind === 'invite'
    ? { heading: `Invitation link for ${name}`, text: `Send this link to ${name}: it lets them set a password and sign in. It works once, within 72 hours.${mail}`, url }
    : { heading: `Password reset link for ${name}`, text: `Send this link to ${name}: it lets them set a new password. It works once, within 72 hours.${mail}`, url };
}
