/**
 * The date the site is built, which decides what counts as "upcoming".
 * Tests and reproducible builds set BUILD_DATE=YYYY-MM-DD.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const fixed = env['BUILD_DATE'];
  if (fixed !== undefined && fixed !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`BUILD_DATE must be written YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}
