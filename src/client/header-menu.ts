/**
 * The header's menu button on phones (a disclosure: `aria-expanded`, `aria-controls`): shows and
 * hides the site's links. On wider screens the links are always shown and the button is not.
 * Escape closes the menu and returns to its button.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-menu-button]')) {
  const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!menu) continue;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => {
    set(button.getAttribute('aria-expanded') !== 'true');
  });
  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    set(false);
    button.focus();
  };
  menu.addEventListener('keydown', close);
  button.addEventListener('keydown', close);
}
