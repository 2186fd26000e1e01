// The confirmation dialog: focus moves into it (on Cancel), Escape and Cancel
// refuse, the confirm button accepts, the page behind is inert meanwhile and
// the focus returns to the button that opened it.
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmDialog } from './confirm';

let opener: HTMLButtonElement;
let page: HTMLElement;

beforeEach(() => {
  page = document.createElement('main');
  opener = document.createElement('button');
  opener.textContent = 'Delete…';
  page.append(opener);
  document.body.replaceChildren(page);
  opener.focus();
});

function dialog(): HTMLElement {
  return document.querySelector<HTMLElement>('[role="alertdialog"]')!;
}

describe('confirmDialog', () => {
  it('is a labelled modal dialog with the focus on Cancel and the page inert', () => {
    void confirmDialog({ title: 'Delete Sam?', message: 'Sam leaves the team.', confirm: 'Delete member', danger: true });
    const el = dialog();
    expect(el.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent).toBe('Delete Sam?');
    expect(document.getElementById(el.getAttribute('aria-describedby')!)!.textContent).toBe('Sam leaves the team.');
    expect(document.activeElement!.textContent).toBe('Cancel');
    expect(page.hasAttribute('inert')).toBe(true);
  });

  it('resolves true on the confirm button and gives the focus back', async () => {
    const answer = confirmDialog({ title: 'Close?', message: 'm', confirm: 'Close opening' });
    document.querySelector<HTMLButtonElement>('[data-confirm="accept"]')!.click();
    expect(await answer).toBe(true);
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(page.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('resolves false on Escape', async () => {
    const answer = confirmDialog({ title: 'Close?', message: 'm', confirm: 'Close opening' });
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await answer).toBe(false);
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('resolves false on Cancel and keeps Tab inside', async () => {
    const answer = confirmDialog({ title: 'Close?', message: 'm', confirm: 'Close opening' });
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.activeElement!.textContent).toBe('Close opening');
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }));
    expect(document.activeElement!.textContent).toBe('Cancel');
    document.querySelector<HTMLButtonElement>('[data-confirm="cancel"]')!.click();
    expect(await answer).toBe(false);
  });
});
