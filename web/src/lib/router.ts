// Client-side routes: a list of path patterns ("/candidates/:id") matched
// against location.pathname. The server answers index.html for any path
// without an extension, so every route here is also a real, bookmarkable URL.

export interface RouteMatch<T> {
  route: T;
  params: Record<string, string>;
}

export interface RouteDef<T> {
  pattern: string;
  value: T;
}

// The first route whose pattern matches `path` exactly (segment by segment;
// ":name" matches one non-empty segment, decoded); null when none does.
export function matchRoute<T>(routes: RouteDef<T>[], path: string): RouteMatch<T> | null {
  const segments = splitPath(path);
  for (const { pattern, value } of routes) {
    const parts = splitPath(pattern);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < parts.length; i += 1) {
      const part = parts[i];
      const segment = segments[i];
      if (part.startsWith(':')) {
        try {
          params[part.slice(1)] = decodeURIComponent(segment);
        } catch {
          ok = false;
          break;
        }
      } else if (part !== segment) {
        ok = false;
        break;
      }
    }
    if (ok) return { route: value, params };
  }
  return null;
}

function splitPath(path: string): string[] {
  return path.split('?')[0].split('/').filter((s) => s.length > 0);
}

// A path with its parameters encoded: pathTo('/candidates/:id', {id: 'a b'}).
export function pathTo(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:([a-z_]+)/gi, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
