import { describe, expect, it } from 'vitest';
import { safeNext } from './signin';

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/candidates/c1', '/briefs')).toBe('/candidates/c1');
  });
  it('refuses other sites, the sign-in page and nothing', () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil', '/signin', '', null]) {
      expect(safeNext(next, '/briefs')).toBe('/briefs');
    }
  });
});
