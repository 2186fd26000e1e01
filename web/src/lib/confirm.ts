// A modal confirmation before a change that is hard to take back (delete,
// close, reopen): an alertdialog over the page that says what will happen.
//
//   if (await confirmDialog({ title: 'Delete Sam?', message: '…', confirm: 'Delete' })) …
//
// Opening it moves the focus into it, on Cancel (the safe choice); Tab stays
// inside it; Escape, Cancel and a click outside resolve false; the confirm
// button resolves true. The rest of the page is inert while it is open, and
// the focus goes back to where it was when it closes.
import { h, uid } from './dom';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirm: string; // the confirm button's words, e.g. "Delete member"
  danger?: boolean; // the confirm button marked as destructive
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = uid('confirm-title');
  const messageId = uid('confirm-message');
  return new Promise((resolve) => {
    const cancel = h('button', { type: 'button', class: 'secondary', 'data-confirm': 'cancel' }, 'Cancel');
    const accept = h('button', { type: 'button', class: options.danger ? 'primary danger' : 'primary', 'data-confirm': 'accept' }, options.confirm);
    const dialog = h(
      'div',
      { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': messageId },
      h('h2', { id: titleId }, options.title),
      h('p', { id: messageId }, options.message),
      h('div', { class: 'actions' }, accept, cancel),
    );
    const backdrop = h('div', { class: 'dialog-backdrop', 'data-dialog': '' }, dialog);
    const madeInert = Array.from(document.body.children).filter((el) => el !== backdrop && !el.hasAttribute('inert'));
    const close = (answer: boolean) => {
      for (const el of madeInert) el.removeAttribute('inert');
      backdrop.remove();
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    };
    accept.addEventListener('click', () => close(true));
    cancel.addEventListener('click', () => close(false));
    backdrop.addEventListener('click', (event) => {
      if (event.target === backdrop) close(false);
    });
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close(false);
      } else if (event.key === 'Tab') {
        // Two buttons: Tab and Shift+Tab move between them and never leave.
        event.preventDefault();
        (document.activeElement === accept ? cancel : accept).focus();
      }
    });
    document.body.appendChild(backdrop);
    for (const el of madeInert) el.setAttribute('inert', '');
    cancel.focus();
  });
}
