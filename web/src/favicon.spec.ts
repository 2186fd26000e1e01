// The page names an icon, and the icon is a file Vite copies into dist/.
import { describe, expect, it } from 'vitest';
import html from '../index.html?raw';
import svg from '../public/favicon.svg?raw';

describe('favicon', () => {
  it('is linked from index.html and is an SVG in public/', () => {
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<title>firsthire</title>');
  });
});
