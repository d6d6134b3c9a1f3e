import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = (site ?? new URL(siteConfig.url)).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', origin).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
