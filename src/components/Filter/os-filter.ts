/**
 * <os-filter>: a text box that hides the items of a long list that do not contain what is typed.
 * Progressive enhancement: without JavaScript the element is a plain wrapper and the whole list shows;
 * with it, a labelled <input type="search"> is added at the top, and a polite status says how many
 * items are shown. Items are the element's [data-filter-item] descendants; a [data-filter-group]
 * (a section with its heading) is hidden when none of its items is shown. Only the `hidden` attribute
 * is set, so the site's Content-Security-Policy (no inline styles) is respected.
 */
import { fillCount, matchesWords, queryWords } from './match.ts';

class OsFilter extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector(':scope > .os-filter-box')) return;
    const items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')];
    if (items.length === 0) return;
    const groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
    const texts = new Map(items.map((el) => [el, el.textContent ?? '']));
    const id = `os-filter-${Math.random().toString(36).slice(2, 9)}`;

    const box = document.createElement('div');
    box.className = 'os-filter-box';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = this.dataset['label'] ?? '';
    const input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.autocomplete = 'off';
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.className = 'os-filter-status';
    box.append(label, input, status);
    this.prepend(box);

    const template = this.dataset['status'] ?? '{{shown}} / {{total}}';
    let timer: number | undefined;
    const apply = (): void => {
      const words = queryWords(input.value);
      let shown = 0;
      for (const el of items) {
        const match = matchesWords(texts.get(el) ?? '', words);
        el.hidden = !match;
        if (match) shown += 1;
      }
      for (const g of groups) g.hidden = g.querySelector('[data-filter-item]:not([hidden])') === null;
      status.textContent = words.length === 0 ? '' : fillCount(template, shown, items.length);
    };
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 150);
    });
  }
}

if (!customElements.get('os-filter')) customElements.define('os-filter', OsFilter);
