/**
 * <ReportBody> rendered with Astro's container API: paper text that looks like
 * code, MDX or HTML reaches the page as inert, escaped text, and the blocks
 * become the same headings (ids, levels), paragraphs and lists as the papers.
 *
 * The unit tests' Vite config has no Astro plugin, so .astro files are
 * compiled here by a Vite dev server (middleware mode, no HMR, no watching)
 * built from the project's own Astro config (astro/config getViteConfig).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportBlock } from '../../src/schemas/reports.ts';
import { reportSchema } from '../../src/schemas/reports.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const cache = mkdtempSync(join(tmpdir(), 'report-body-'));
let server: ViteDevServer | undefined;

/** The component's HTML for `blocks`, as the build would render it. */
async function render(blocks: ReportBlock[]): Promise<string> {
  if (!server) throw new Error('the Vite server did not start');
  const mod: unknown = await server.ssrLoadModule('/src/components/ReportBody/ReportBody.astro');
  const component = (mod as { default: Parameters<AstroContainer['renderToString']>[0] }).default;
  const container = await AstroContainer.create();
  return container.renderToString(component, { props: { blocks } });
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const elements = (n: Node): Element[] => ('childNodes' in n ? n.childNodes.flatMap((c) => (isElement(c) ? [c, ...elements(c)] : elements(c))) : []);
const text = (n: Node): string => (n.nodeName === '#text' && 'value' in n ? n.value : 'childNodes' in n ? n.childNodes.map(text).join('') : '');
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
/** Elements as "tag#id: text" (attributes other than id, such as the dev server's source annotations, left out). */
const outline = (root: Node, tags: RegExp): string[] =>
  elements(root)
    .filter((e) => tags.test(e.tagName))
    .map((e) => `${e.tagName}${attr(e, 'id') ? `#${attr(e, 'id')}` : ''}${attr(e, 'start') ? `[start=${attr(e, 'start')}]` : ''}: ${text(e).replace(/\s+/g, ' ').trim()}`);

beforeAll(async () => {
  const config = await getViteConfig(
    { root: ROOT, cacheDir: join(cache, 'vite'), logLevel: 'silent', server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom' },
    { root: ROOT, cacheDir: join(cache, 'astro'), logLevel: 'silent' },
  )({ mode: 'test', command: 'serve' });
  server = await createServer({ ...config, configFile: false });
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(cache, { recursive: true, force: true });
});

const HOSTILE = [
  'export const x = 1',
  "import fs from 'node:fs'",
  'Export figures for 2024 are published quarterly.',
  'Import controls were tightened in March.',
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  '<DataTable id="x" />',
  '<img src=x onerror="alert(1)">',
];

describe('ReportBody with paper text that looks like code or markup', () => {
  const blocks: ReportBlock[] = reportSchema.shape.body.parse([
    { kind: 'heading', level: 2, text: 'export default {}', line: 1 },
    ...HOSTILE.map((t, i) => ({ kind: 'paragraph', lines: [t], line: 2 + i })),
    { kind: 'paragraph', lines: ['import x from "y"', '<b>not bold</b>'], line: 20 },
    { kind: 'list', ordered: false, items: [{ text: '{props.x}', line: 21, items: [{ text: '<DataTable id="y" />', line: 22 }] }], line: 21 },
  ]);

  it('shows every line as text: no script, no component, no element the papers did not ask for', async () => {
    const html = await render(blocks);
    const root = parseFragment(html);
    const tags = new Set(elements(root).map((e) => e.tagName));
    expect([...tags].sort()).toEqual(['br', 'h2', 'li', 'p', 'ul']);
    expect(outline(root, /^(h2|p|li)$/)).toEqual([
      'h2#export-default-: export default {}',
      ...HOSTILE.map((t) => `p: ${t}`),
      'p: import x from "y" <b>not bold</b>',
      'li: {props.x} <DataTable id="y" />',
      'li: <DataTable id="y" />',
    ]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;DataTable id=&quot;x&quot; /&gt;');
    expect(html).not.toMatch(/<script|<img|<datatable/i);
    expect(elements(root).flatMap((e) => e.attrs.map((a) => a.name)).filter((name) => /^on/i.test(name))).toEqual([]);
  }, 60_000);
});

describe('ReportBody structure', () => {
  it('renders headings with unique ids at levels in order under the page h2, paragraphs with their line breaks, nested and numbered lists', async () => {
    const html = await render(
      reportSchema.shape.body.parse([
        { kind: 'heading', level: 3, text: 'Overview', line: 1 },
        { kind: 'heading', level: 5, text: '**Capital** update', line: 2 },
        { kind: 'paragraph', lines: ['Addressee One', 'Addressee Two'], line: 3 },
        { kind: 'heading', level: 3, text: 'Overview', line: 5 },
        { kind: 'list', ordered: true, start: 3, items: [{ text: 'Third', line: 6 }, { text: 'Fourth', line: 7 }], line: 6 },
        { kind: 'list', ordered: false, items: [{ text: 'A *b* [lost](#)', line: 8, items: [{ text: 'Nested', line: 9 }] }], line: 8 },
        { kind: 'break', line: 10 },
      ]),
    );
    const root = parseFragment(html);
    expect(outline(root, /^(h\d|p|ol|ul|li|hr|em|strong)$/)).toEqual([
      'h2#overview: Overview',
      'h3#capital-update: Capital update',
      'strong: Capital',
      'p: Addressee One Addressee Two',
      'h2#overview-1: Overview',
      'ol[start=3]: Third Fourth',
      'li: Third',
      'li: Fourth',
      'ul: A b lost (the papers give no web address for this link) Nested',
      'li: A b lost (the papers give no web address for this link) Nested',
      'em: b',
      'ul: Nested',
      'li: Nested',
      'hr: ',
    ]);
    expect(elements(root).filter((e) => e.tagName === 'br')).toHaveLength(1);
    expect(elements(root).some((e) => e.tagName === 'a')).toBe(false);
  }, 60_000);
});
