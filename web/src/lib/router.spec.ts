import { describe, expect, it } from 'vitest';
import { matchRoute, pathTo } from './router';

const routes = [
  { pattern: '/', value: 'home' },
  { pattern: '/candidates', value: 'list' },
  { pattern: '/candidates/new', value: 'new' },
  { pattern: '/candidates/:id', value: 'one' },
  { pattern: '/candidates/:id/score', value: 'score' },
];

describe('matchRoute', () => {
  it('matches static paths before parameters in list order', () => {
    expect(matchRoute(routes, '/candidates/new')?.route).toBe('new');
    expect(matchRoute(routes, '/candidates/c1')).toEqual({ route: 'one', params: { id: 'c1' } });
  });
  it('ignores trailing slashes and query strings', () => {
    expect(matchRoute(routes, '/candidates/?q=ada')?.route).toBe('list');
    expect(matchRoute(routes, '/')?.route).toBe('home');
  });
  it('decodes parameters and refuses bad escapes', () => {
    expect(matchRoute(routes, '/candidates/a%20b/score')?.params.id).toBe('a b');
    expect(matchRoute(routes, '/candidates/%E0%A4%A')).toBeNull();
  });
  it('answers null for unknown paths', () => {
    expect(matchRoute(routes, '/nowhere')).toBeNull();
    expect(matchRoute(routes, '/candidates/c1/score/extra')).toBeNull();
  });
});

describe('pathTo', () => {
  it('encodes parameters and round-trips through matchRoute', () => {
    const path = pathTo('/candidates/:id/score', { id: 'x/y?' });
    expect(path).toBe('/candidates/x%2Fy%3F/score');
    expect(matchRoute(routes, path)?.params.id).toBe('x/y?');
  });
});
