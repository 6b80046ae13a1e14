/**
 * Copying a link or a citation with one click, for the entry pages' copy buttons
 * (components/permalink/CopyButtons.astro) and the ledger's 「复制本页链接」 (ledger-table.ts): the
 * clipboard where the browser allows it, else the text shown selected in a text box, for Ctrl+C,
 * after trying the older copy command.
 */

/** Copies `text`; false when it is left selected in `field` for the reader to copy. */
export async function copyText(
  text: string,
  field: HTMLTextAreaElement,
  button: HTMLButtonElement,
): Promise<boolean> {
  field.hidden = true;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API on plain-http intranets, in older browsers, and from file://.
    field.value = text;
    field.hidden = false;
    field.focus();
    field.setSelectionRange(0, text.length);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one copy those browsers have
    if (!document.execCommand('copy')) return false;
    field.hidden = true;
    button.focus();
    return true;
  }
}

/** Says `message` in a status line (read out by screen readers), and clears it after a while. */
export function announce(status: HTMLElement, message: string): void {
  // Emptied first, so that the same message twice is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => (status.textContent = ''), 5000));
}
