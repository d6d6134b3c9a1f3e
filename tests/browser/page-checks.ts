/**
 * The checks every built page must pass in the browser, shared by every-page.test.ts (on dist/)
 * and can-fail.test.ts (on tests/fixtures/broken-site/).
 */
import type { Page } from 'playwright-core';
import { closePage, formatAxe, openPage, pageRecord, problems, runAxe } from './helpers.ts';

/** lang, exactly one h1, <main id="main">, headings that never skip a level. */
export async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const lang = document.documentElement.getAttribute('lang');
    if (lang !== 'en-GB') out.push(`<html lang> is ${lang === null ? 'missing' : `"${lang}"`}, expected "en-GB"`);
    const h1s = document.querySelectorAll('h1').length;
    if (h1s !== 1) out.push(`expected exactly one <h1>, found ${h1s}`);
    const mains = document.querySelectorAll('main');
    if (mains.length !== 1 || mains[0]?.id !== 'main') out.push(`expected one <main id="main">, found ${mains.length} <main> (id: ${mains[0]?.id || 'none'})`);
    let previous = 0;
    for (const h of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
      const level = /^H[1-6]$/.test(h.tagName) ? Number(h.tagName[1]) : Number(h.getAttribute('aria-level') ?? '2');
      if (level > previous + 1) {
        const text = (h.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
        out.push(`heading skips a level: <h${level}> "${text}" follows ${previous === 0 ? 'no heading' : `an <h${previous}>`}`);
      }
      previous = level;
    }
    return out;
  });
}

/** The first Tab lands on the skip link, which is visible then, and following it moves focus to <main>. */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { found: false as const };
    const rect = el.getBoundingClientRect();
    return {
      found: true as const,
      html: el.outerHTML.slice(0, 120),
      href: el.getAttribute('href'),
      visible: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.top < innerHeight,
    };
  });
  if (!first.found) return ['pressing Tab focused nothing: the skip link must be the first focusable element'];
  if (first.href !== '#main') return [`the first focusable element is not the skip link to #main: ${first.html}`];
  const out: string[] = [];
  if (!first.visible) out.push('the skip link is not visible when focused');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => ({ id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName ?? '' }));
  if (focused.tag !== 'MAIN' || focused.id !== 'main') out.push(`following the skip link focused <${focused.tag.toLowerCase()} id="${focused.id}">, not <main id="main">`);
  return out;
}

/** Whether the whole page scrolls sideways at the current width (wide content must scroll inside its own region). */
export async function overflowProblems(page: Page): Promise<string[]> {
  const m = await page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const wide: string[] = [];
    if (scroller.scrollWidth > innerWidth) {
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > innerWidth + 1 && getComputedStyle(el).position !== 'absolute') {
          const parentOverflows = el.parentElement && el.parentElement.getBoundingClientRect().right > innerWidth + 1;
          if (!parentOverflows) wide.push(`<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> ${Math.round(r.right)}px`);
        }
      }
    }
    return { scrollWidth: scroller.scrollWidth, innerWidth, wide: wide.slice(0, 5) };
  });
  if (m.scrollWidth <= m.innerWidth) return [];
  return [`the page scrolls sideways at ${m.innerWidth}px (scrollWidth ${m.scrollWidth}px)${m.wide.length ? `; widest: ${m.wide.join(', ')}` : ''}`];
}

export interface PageCheckOptions {
  /** Viewport width to open the page at. */
  width: number;
  /** Also check for sideways scrolling at these narrower widths (e.g. [320]) after the main checks. */
  alsoNarrow?: number[];
  /** Origin to load from (default: the site under test). */
  base?: string;
  /** Also run axe with the dark colour scheme (prefers-color-scheme: dark) after the light checks. */
  alsoDark?: boolean;
}

/**
 * Opens the page at `width` and runs every check: axe, console errors, CSP violations, requests
 * leaving 127.0.0.1, structure, skip link, and sideways scrolling (at `width` when it is 375 or less,
 * and at each `alsoNarrow` width). Returns one line per problem; empty means the page passed.
 */
export async function checkPage(path: string, options: PageCheckOptions): Promise<string[]> {
  const { width, alsoNarrow = [], base, alsoDark = false } = options;
  const page = await openPage(path, { width, ...(base !== undefined ? { base } : {}) });
  try {
    const out: string[] = [];
    const status = pageRecord(page).status;
    if (status !== 200 && !path.endsWith('/404.html')) out.push(`HTTP status ${String(status)}`);
    out.push(...formatAxe(await runAxe(page), `${path} at ${width}px`));
    out.push(...(await structureProblems(page)));
    out.push(...(await skipLinkProblems(page)));
    if (width <= 400) out.push(...(await overflowProblems(page)));
    if (alsoDark) {
      await page.emulateMedia({ colorScheme: 'dark' });
      // Fail loudly if the emulation did not take, rather than check the light scheme twice.
      if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))) out.push('dark colour scheme could not be emulated');
      out.push(...formatAxe(await runAxe(page), `${path} at ${width}px in the dark colour scheme`));
    }
    for (const narrow of alsoNarrow) {
      await page.setViewportSize({ width: narrow, height: 800 });
      out.push(...(await overflowProblems(page)));
    }
    out.push(...(await problems(page)));
    return out;
  } finally {
    await closePage(page);
  }
}
