/**
 * The portal's security headers, in one place: the Content-Security-Policy the pages carry in their
 * `<meta http-equiv>` (astroCsp() is astro.config.mjs's `security.csp`), and the headers a host should send with every file. From this module:
 *   - the build writes `dist/_headers` (Netlify and Cloudflare Pages) with the exact policy of the
 *     built pages plus frame-ancestors (src/integrations/security-headers.ts);
 *   - `npm run headers` writes docs/hosting/ (nginx, Apache .htaccess, Caddy) (scripts/headers.ts).
 *
 * Choices:
 *   - `frame-ancestors 'none'` (and X-Frame-Options: DENY for older browsers): no site may frame the
 *     portal. Browsers ignore frame-ancestors in a <meta> policy, so it is only in the headers.
 *   - Referrer-Policy: no-referrer. The portal needs no referrers (no analytics, no logins), and a
 *     resident following a link to another site should not tell it which question or meeting page
 *     they were reading; strict-origin-when-cross-origin would still send the portal's origin.
 *   - Cache-Control immutable only where every file name carries a content hash: /_astro/ (Vite's
 *     `name.HASH.ext`) and Pagefind's fragment/, index/ and filter/ folders. Pagefind's own scripts,
 *     wasm and entry file keep their names across builds, so they get no long cache.
 */
import { decodeEntities } from '../links/check.ts';

/** One directive as written: its name, then its sources ("img-src 'self' data:"). */
type CspDirective = string;

/** The pages' CSP directives other than script-src and style-src (Astro adds those with its hashes). */
export const CSP_DIRECTIVES: readonly CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** script-src sources. Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval'. No 'unsafe-inline'. */
export const SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** style-src sources. No 'unsafe-inline'. */
export const STYLE_SOURCES: readonly string[] = ["'self'"];

/**
 * The pages' policy, as every page's `<meta http-equiv="Content-Security-Policy">` carries it
 * (src/layouts/Base.astro). It is the same on every page and needs no hashes: no page has an inline
 * script, style element or style attribute (tests/site/security-headers.test.ts). Astro's own
 * `security.csp` is not used: it hashed each page's inline styles and scripts as the page rendered
 * (an empty style, as it happens), a cost on every page for nothing the pages need.
 */
export function pagePolicy(): string {
  // Every page carries the same policy: it is worked out once per build, not once per page.
  policyText ??= formatCsp(basePolicy());
  return policyText;
}
let policyText: string | undefined;

/** Only in headers: browsers ignore frame-ancestors in a <meta> policy. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Path prefixes whose files all have a content hash in their names (checked on the build by tests/site). */
export const IMMUTABLE_PREFIXES: readonly string[] = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A CSP as directive name → sources, in order. */
export type CspDirectives = Map<string, string[]>;

/** Reads a policy ("a b c; d e" or Astro's "a b;c d; e f;") into directives; names lower-cased. */
export function parseCsp(policy: string): CspDirectives {
  const out: CspDirectives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    const key = name.toLowerCase();
    // As browsers do: a repeated directive is ignored after its first occurrence.
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}

/** Writes directives as a header value: "name sources; name sources". */
export function formatCsp(directives: CspDirectives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The pages' policy as this module defines it, without the sha256 hashes Astro adds to script-src and style-src. */
export function basePolicy(): CspDirectives {
  const out = parseCsp(CSP_DIRECTIVES.join(';'));
  out.set('script-src', [...SCRIPT_SOURCES]);
  out.set('style-src', [...STYLE_SOURCES]);
  return out;
}

/** A hash source such as 'sha256-…', which Astro adds for the scripts and styles it renders. */
const isHashSource = (source: string): boolean => /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(source);

/**
 * The policy for the Content-Security-Policy header: the pages' own policy (from a built page's
 * <meta>, hashes included; the module's base policy when none is given) plus frame-ancestors.
 * Throws, naming the directive, when the page policy is not this module's policy: the header and
 * the pages must come from the same source.
 */
export function headerPolicy(pagePolicy?: string): string {
  const base = basePolicy();
  const page = pagePolicy === undefined ? base : parseCsp(pagePolicy);
  const problems: string[] = [];
  for (const name of new Set([...base.keys(), ...page.keys()])) {
    const want = base.get(name) ?? [];
    const got = (page.get(name) ?? []).filter((s) => !isHashSource(s));
    if (want.join(' ') !== got.join(' ')) problems.push(`${name}: the pages have "${got.join(' ')}", src/lib/site/security-headers.ts has "${want.join(' ')}"`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The pages' Content-Security-Policy is not the one in src/lib/site/security-headers.ts (${problems.join('; ')}). ` +
        'Hint: the layout (src/layouts/Base.astro) should write pagePolicy() from this module into its <meta>.',
    );
  }
  const out = new Map(page);
  out.set('frame-ancestors', parseCsp(FRAME_ANCESTORS).get('frame-ancestors') ?? []);
  return formatCsp(out);
}

/** The content of a page's `<meta http-equiv="Content-Security-Policy">` (entities decoded), if it has one. */
export function pagePolicyOf(html: string): string | undefined {
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = new Map([...tag[0].matchAll(/([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((a) => [a[1]?.toLowerCase(), a[2] ?? a[3] ?? '']));
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') return decodeEntities(attrs.get('content') ?? '');
  }
  return undefined;
}

/** Headers for some path patterns (each `/prefix/*`, or `/*` for every path). */
export interface HeaderRule {
  paths: string[];
  headers: [name: string, value: string][];
  /** Only on successful responses (nginx and Apache): a missing file's 404 must not be cached for a year. */
  successOnly?: boolean;
}

/** Every header rule of the portal, for the given Content-Security-Policy header value. */
export function headerRules(csp: string): HeaderRule[] {
  return [
    {
      paths: ['/*'],
      headers: [
        ['Content-Security-Policy', csp],
        ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-Frame-Options', 'DENY'],
        ['Referrer-Policy', 'no-referrer'],
        [
          'Permissions-Policy',
          'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
        ],
      ],
    },
    { paths: IMMUTABLE_PREFIXES.map((prefix) => `${prefix}*`), headers: [['Cache-Control', IMMUTABLE]], successOnly: true },
  ];
}

const GENERATED = 'Generated by `npm run headers` from src/lib/site/security-headers.ts: edit that file, not this one.';

/** Every value is written inside double quotes by the server formats below. */
function checkValues(rules: HeaderRule[]): void {
  for (const rule of rules) {
    for (const [name, value] of rule.headers) {
      if (/["\\\r\n]/.test(value)) throw new Error(`header ${name} for ${rule.paths.join(' ')}: a value with a double quote, backslash or line break cannot be written to the server files: ${value}`);
    }
  }
}

/** Netlify and Cloudflare Pages `_headers`: a path line, then indented `Name: value` lines. */
export function netlifyHeaders(rules: HeaderRule[]): string {
  const blocks = rules.flatMap((r) => r.paths.map((path) => [path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')));
  return `# ${GENERATED.replace('`npm run headers`', 'the build')}\n${blocks.join('\n')}\n`;
}

/** A regular expression for a rule's `/prefix/*` paths, matched against the start of a request path. */
function prefixPattern(rule: HeaderRule): string {
  const prefixes = rule.paths.map((p) => {
    if (!/^\/[A-Za-z0-9_/-]*\/\*$/.test(p)) throw new Error(`header path ${p}: expected a folder pattern such as /_astro/*`);
    return p.slice(1, -2);
  });
  return `^/(?:${prefixes.join('|')})/`;
}

/** Reads a `_headers` file back: path → its headers in order (for the tests of the built file). */
export function readNetlifyHeaders(text: string): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  let current: [string, string][] | undefined;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = [];
      out.set(line.trim(), current);
      return;
    }
    const colon = line.indexOf(':');
    if (current === undefined || colon < 0) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path line, found "${line}"`);
    current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return out;
}

/**
 * nginx: lines for the `server` block. nginx drops every inherited add_header in a block that has
 * its own, so the hashed-asset locations repeat the site-wide headers.
 */
export function nginxConf(rules: HeaderRule[]): string {
  checkValues(rules);
  const [site, ...cached] = rules;
  const lines = (rule: HeaderRule | undefined, indent: string): string[] =>
    (rule?.headers ?? []).map(([name, value]) => `${indent}add_header ${name} "${value}"${rule?.successOnly ? '' : ' always'};`);
  const out = [
    `# ${GENERATED}`,
    '# nginx: include this file inside the server block that serves dist/ (include /path/to/nginx.conf;).',
    ...lines(site, ''),
    ...cached.flatMap((r) => ['', `location ~ ${prefixPattern(r)} {`, ...lines(site, '  '), ...lines(r, '  '), '}']),
  ];
  return `${out.join('\n')}\n`;
}

/** Apache: an .htaccess for the folder that serves dist/ (needs mod_headers). */
export function apacheHtaccess(rules: HeaderRule[]): string {
  checkValues(rules);
  const [site, ...cached] = rules;
  const out = [
    `# ${GENERATED}`,
    '# Apache 2.4: copy this file into the folder that serves dist/ as .htaccess (needs mod_headers and AllowOverride FileInfo),',
    '# or put the lines inside <IfModule> into the virtual host.',
    '<IfModule mod_headers.c>',
    ...(site?.headers ?? []).map(([name, value]) => `  Header always set ${name} "${value}"`),
    ...cached.flatMap((r) => [
      `  <If "%{REQUEST_URI} =~ m#${prefixPattern(r)}#">`,
      ...r.headers.map(([name, value]) => `    Header ${r.successOnly ? '' : 'always '}set ${name} "${value}"`),
      '  </If>',
    ]),
    '</IfModule>',
  ];
  return `${out.join('\n')}\n`;
}

/** Caddy: directives for the site block that serves dist/. */
export function caddyfile(rules: HeaderRule[]): string {
  checkValues(rules);
  const [site, ...cached] = rules;
  const out = [
    `# ${GENERATED}`,
    '# Caddy 2: import this file inside the site block that serves dist/ (import /path/to/Caddyfile).',
    'header {',
    ...(site?.headers ?? []).map(([name, value]) => `\t${name} "${value}"`),
    '}',
    ...cached.flatMap((r, i) => [`@cached${i + 1} path ${r.paths.join(' ')}`, ...r.headers.map(([name, value]) => `header @cached${i + 1} ${name} "${value}"`)]),
  ];
  return `${out.join('\n')}\n`;
}

/** The docs/hosting files, by name, with the base policy (no hashes) plus frame-ancestors. */
export function hostingFiles(): Map<string, string> {
  const rules = headerRules(headerPolicy());
  return new Map([
    ['nginx.conf', nginxConf(rules)],
    ['apache.htaccess', apacheHtaccess(rules)],
    ['Caddyfile', caddyfile(rules)],
  ]);
}
