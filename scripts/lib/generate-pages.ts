/**
 * Deterministic generated pages for the end-to-end tests and the bench: the same call gives the
 * same HTML byte for byte (a seeded generator, no clock, no Math.random).
 */

/** A small seeded PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Filler words: no pronoun or verb a detector could read as a claim about the therapy. */
const WORDS =
  'the a of and to in is was for on with as by at from be are or an which their more time people year day way page section report city river market table record group level plan history music garden weather kitchen travel library'.split(
    ' ',
  );

/** Claim sentences the detector must flag (our own wording), one per category roughly. */
export const CLAIM_SENTENCES = [
  'Stem cell injections regenerate damaged spinal discs.',
  'Our stem cell therapy for back pain costs $6,500 per injection.',
  'Stem cell treatment for sciatica is completely safe with no side effects.',
  'Stem cell therapy lets patients with herniated discs avoid back surgery.',
  'No stem cell product is FDA approved for degenerative disc disease.',
  'Most patients report lasting relief from chronic low back pain after one stem cell injection.',
];

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)] as string);
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/** Options of a generated article-like page. */
export interface PageSpec {
  /** Approximate bytes of visible text. */
  textBytes: number;
  /** Claim sentences in the page (spread evenly); 0 for a page with no treatment terms. */
  claims: number;
  /** Mix in nested lists and tables (the "long page" shape). */
  structured?: boolean;
  seed?: number;
  title?: string;
}

/** Paragraph texts of a page: filler sentences with claim sentences spread evenly. */
export function pageParagraphs(spec: PageSpec): string[] {
  const rand = seeded(spec.seed ?? 1);
  const paragraphs: string[] = [];
  let bytes = 0;
  const perParagraph = 4;
  while (bytes < spec.textBytes) {
    const ss: string[] = [];
    for (let i = 0; i < perParagraph; i++) ss.push(sentence(rand));
    const p = ss.join(' ');
    paragraphs.push(p);
    bytes += p.length + 1;
  }
  const step = spec.claims > 0 ? Math.max(1, Math.floor(paragraphs.length / spec.claims)) : 0;
  for (let i = 0; i < spec.claims && i * step < paragraphs.length; i++) {
    const idx = i * step;
    paragraphs[idx] = `${paragraphs[idx]} ${CLAIM_SENTENCES[i % CLAIM_SENTENCES.length]}`;
  }
  return paragraphs;
}

/** The claim sentences a page generated from `spec` contains, in order. */
export function expectedClaims(spec: PageSpec): string[] {
  return pageParagraphs(spec)
    .map((p) => CLAIM_SENTENCES.find((c) => p.endsWith(c)))
    .filter((c): c is string => c !== undefined);
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** The whole HTML page for a spec. */
export function generatePage(spec: PageSpec): string {
  const paragraphs = pageParagraphs(spec);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const text = escape(paragraphs[i] as string);
    if (spec.structured && i % 10 === 3) {
      parts.push(`<ul><li>${text}<ul><li>item ${i}</li><li>entry ${i}</li></ul></li></ul>`);
    } else if (spec.structured && i % 10 === 7) {
      parts.push(
        `<table><tr><td>${text}</td><td>${i}</td></tr><tr><td>row</td><td>cell</td></tr></table>`,
      );
    } else if (i % 5 === 0) {
      parts.push(
        `<p>${text.replace(/ the /, ' <b>the</b> ').replace(/ of /, ' <a href="#">of</a> ')}</p>`,
      );
    } else parts.push(`<p>${text}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(spec.title ?? 'Generated page')}</title></head><body><main>${parts.join('\n')}</main></body></html>`;
}
