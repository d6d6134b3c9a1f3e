/**
 * The papers for the /papers/ pages, read once per build: each document entry with its name and
 * its text (the `papers` collection). A document without its text fails the build, naming the file.
 */
import { getCollection } from 'astro:content';
import { loadSite } from '../content/data.ts';
import type { Paper } from './pages.ts';

export interface PapersData {
  /** Every paper, by document id order. */
  papers: Paper[];
  byId: Map<string, Paper>;
  /** A paper's lines, 1-based by index + 1. */
  text: Map<string, string[]>;
}

async function build(): Promise<PapersData> {
  const [site, texts] = await Promise.all([loadSite(), getCollection('papers')]);
  const text = new Map(texts.map((e) => [e.id, e.data.lines]));
  const papers = [...site.documents]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((d): Paper => {
      const lines = text.get(d.id);
      if (!lines) throw new Error(`papers: src/content/documents/${d.id}.json has no text: expected papers/${d.data.sourceFile}`);
      return { id: d.id, data: d.data, name: site.paperNames.get(d.id) ?? d.data.title, lineCount: lines.length };
    });
  return { papers, byId: new Map(papers.map((p) => [p.id, p])), text };
}

let cache: Promise<PapersData> | undefined;

/** The papers, loaded once per build. */
export function loadPapers(): Promise<PapersData> {
  cache ??= build();
  return cache;
}
