import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, csrfFromCookie, queryString } from './client';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('ApiClient', () => {
  it('sends JSON with the CSRF token on writes only', async () => {
    const fetch = vi.fn(async () => answer(201, { id: 'c1' }));
    const api = new ApiClient({ fetch, readCookie: () => '' });
    api.setCsrfToken('tok');
    await api.post('/candidates', { name: 'Ada' });
    await api.get('/candidates', { q: 'ada', status: '' });
    const [postUrl, postInit] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(postUrl).toBe('/api/v1/candidates');
    expect((postInit.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(postInit.body).toBe('{"name":"Ada"}');
    const [getUrl, getInit] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(getUrl).toBe('/api/v1/candidates?q=ada');
    expect((getInit.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('posts a file as its bytes with its own content type, never as JSON', async () => {
    const fetch = vi.fn(async () => answer(201, { imported: [], skipped: [] }));
    const api = new ApiClient({ fetch, readCookie: () => '' });
    api.setCsrfToken('tok');
    await api.postFile('/candidates/import', '[{"basics": {}}]', 'application/json', { skip_bad_rows: 'true' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/candidates/import?skip_bad_rows=true');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(init.body).toBeInstanceOf(Blob);
    expect(await (init.body as Blob).text()).toBe('[{"basics": {}}]');
  });

  it('keeps the whole error answer, for answers that say more than the error', async () => {
    const rows = [{ line: 3, field: 'name', message: 'missing' }];
    const fetch = vi.fn(async () => answer(400, { error: { code: 'invalid_input', message: 'bad rows', field: null }, rows }));
    const error = await new ApiClient({ fetch }).postFile('/candidates/import', 'name\n', 'text/csv').catch((e: unknown) => e);
    expect((error as ApiError).body).toEqual({ error: { code: 'invalid_input', message: 'bad rows', field: null }, rows });
  });

  it('falls back to the fh_csrf cookie', async () => {
    const fetch = vi.fn(async () => answer(204));
    const api = new ApiClient({ fetch, readCookie: () => 'a=b; fh_csrf=abc%3D' });
    await api.post('/logout');
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('abc=');
  });

  it('turns an error body into an ApiError with its field', async () => {
    const fetch = vi.fn(async () =>
      answer(422, { error: { code: 'invalid_input', message: 'name is required', field: 'name' } }),
    );
    const api = new ApiClient({ fetch });
    const error = await api.post('/candidates', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'invalid_input', field: 'name', message: 'name is required' });
  });

  it('reports 401 to the app, except for the sign-in itself', async () => {
    const onUnauthenticated = vi.fn();
    const fetch = vi.fn(async () => answer(401, { error: { code: 'unauthenticated', message: 'no' } }));
    const api = new ApiClient({ fetch, onUnauthenticated });
    await api.get('/candidates').catch(() => {});
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await api.post('/login', {}).catch(() => {});
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure and a non-JSON error into readable errors', async () => {
    const down = new ApiClient({ fetch: async () => { throw new TypeError('failed'); } });
    await expect(down.get('/x')).rejects.toMatchObject({ status: 0, code: 'network' });
    const html = new ApiClient({ fetch: async () => new Response('<h1>bad gateway</h1>', { status: 502 }) });
    await expect(html.get('/x')).rejects.toMatchObject({ status: 502, message: 'The server answered 502.' });
  });
});

describe('helpers', () => {
  it('reads only the fh_csrf cookie', () => {
    expect(csrfFromCookie('fh_session=s; fh_csrf=t')).toBe('t');
    expect(csrfFromCookie('other=1')).toBe('');
  });
  it('leaves empty query values out', () => {
    expect(queryString({ q: 'a b', limit: 10, status: undefined, x: '' })).toBe('?q=a+b&limit=10');
    expect(queryString()).toBe('');
  });
});
