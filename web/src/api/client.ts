// The one way the page talks to the server: JSON over fetch, same origin,
// with the session cookie. Writes carry the session's CSRF token in
// X-CSRF-Token (from the login answer or GET /session, or else the readable
// fh_csrf cookie).
//
// Success: the parsed JSON body (undefined for 204). Failure: an ApiError
// carrying the HTTP status and the server's {error: {code, message, field}}
// (and the whole parsed answer as `body`, for answers that say more);
// a network failure is an ApiError with status 0. Nothing here throws
// anything else. A 401 also calls `onUnauthenticated`, so the app can send
// the user back to the sign-in page.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  fetch?: Fetch;
  base?: string;
  onUnauthenticated?: () => void;
  readCookie?: () => string;
}

export class ApiClient {
  private csrfToken = '';
  private readonly fetchImpl: Fetch;
  private readonly base: string;
  onUnauthenticated: () => void;
  private readonly readCookie: () => string;

  constructor(options: ApiClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.base = options.base ?? '/api/v1';
    this.onUnauthenticated = options.onUnauthenticated ?? (() => {});
    this.readCookie = options.readCookie ?? (() => (typeof document === 'undefined' ? '' : document.cookie));
  }

  setCsrfToken(token: string): void {
    this.csrfToken = token;
  }

  get<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T> {
    return this.request<T>('GET', path + queryString(query));
  }
  post<T>(path: string, body?: unknown, query?: Record<string, string | number | undefined>): Promise<T> {
    return this.request<T>('POST', path + queryString(query), body ?? {});
  }
  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }
  delete<T = void>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  // POST of a file's bytes as they are, with its content type.
  postFile<T>(path: string, file: Blob | string, contentType: string, query?: Record<string, string | number | undefined>): Promise<T> {
    return this.request<T>('POST', path + queryString(query), new Blob([file], { type: contentType }));
  }

  // `body`: a Blob is sent as it is, with its type; anything else as JSON.
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const raw = body instanceof Blob;
    if (body !== undefined) headers['Content-Type'] = raw ? body.type : 'application/json';
    if (method !== 'GET' && method !== 'HEAD') {
      const token = this.csrfToken || csrfFromCookie(this.readCookie());
      if (token) headers['X-CSRF-Token'] = token;
    }
    let response: Response;
    try {
      response = await this.fetchImpl(this.base + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'network', 'The server could not be reached. Check the connection and try again.');
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (response.ok) return parsed as T;
    const error = errorFrom(response.status, parsed);
    if (response.status === 401 && path !== '/login') this.onUnauthenticated();
    throw error;
  }
}

function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : `The server answered ${status}.`;
  const field = typeof error?.field === 'string' && error.field ? error.field : null;
  return new ApiError(status, code, message, field, body ?? null);
}

export function queryString(query?: Record<string, string | number | undefined>): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function csrfFromCookie(cookie: string): string {
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'fh_csrf') return decodeURIComponent(rest.join('='));
  }
  return '';
}

// A readable sentence for any failure caught around an API call.
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
