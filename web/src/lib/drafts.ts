// Drafts kept in the browser (localStorage) so that nothing typed is lost on
// a failed save, a reload or a crash. Keys are namespaced per signed-in user
// ("fh-draft:<user>:<what>"); values are JSON. Storage failures (private
// mode, quota) are ignored: a draft is a convenience, never required.

export interface DraftStore {
  load<T>(what: string): T | null;
  save(what: string, value: unknown): void;
  clear(what: string): void;
}

const DRAFT_PREFIX = 'fh-draft:';

// Removes every firsthire draft kept in `storage` (any user's): on sign-out,
// so that nothing typed stays in a shared browser.
export function clearAllDrafts(storage: Storage | null = safeLocalStorage()): void {
  try {
    if (!storage) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // ignored: see the header
  }
}

export function draftStore(userId: string, storage: Storage | null = safeLocalStorage()): DraftStore {
  const key = (what: string) => `${DRAFT_PREFIX}${userId}:${what}`;
  return {
    load<T>(what: string): T | null {
      try {
        const text = storage?.getItem(key(what));
        return text ? (JSON.parse(text) as T) : null;
      } catch {
        return null;
      }
    },
    save(what: string, value: unknown): void {
      try {
        storage?.setItem(key(what), JSON.stringify(value));
      } catch {
        // ignored: see the header
      }
    },
    clear(what: string): void {
      try {
        storage?.removeItem(key(what));
      } catch {
        // ignored
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

// Calls `fn` once `ms` after the last call; flush() runs a pending call now,
// cancel() drops it.
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = () => {
    timer = undefined;
    if (pending) {
      const args = pending;
      pending = undefined;
      fn(...args);
    }
  };
  const call = (...args: A) => {
    pending = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  call.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    run();
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return call;
}
