// Building DOM nodes without innerHTML: every text goes through a Text node,
// so strings from the API (candidate names, notes) are never parsed as HTML.
//
//   h('button', { type: 'button', onclick: save }, 'Save')
//
// Attributes: `class`, `for`, aria-* and data-* are set as attributes; keys
// starting with "on" add event listeners; `true` sets an empty attribute,
// `false`/null/undefined leave it out. Children: nodes, strings, numbers;
// null/undefined/false are skipped; arrays are flattened.

export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) {
    // `type` first: changing an input's type afterwards resets its value.
    if (typeof attrs.type === 'string') element.setAttribute('type', attrs.type);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'type') continue;
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        element.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
      } else if (key === 'value' && 'value' in element) {
        (element as HTMLInputElement).value = String(value);
      } else if (key === 'checked' && element instanceof HTMLInputElement) {
        element.checked = Boolean(value);
      } else {
        element.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

// Replaces everything inside `parent` with `children`.
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let idCounter = 0;
// A document-unique id for label/input pairs.
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

// Turns an id such as "eval_discipline" into "Eval discipline" when the
// playbook gives no title.
export function humanize(id: string): string {
  const text = id.replace(/[_.-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
