/**
 * The text a page's context (context.ts) is computed from: the page's title, its opening and
 * every later passage naming the treatment, bounded so that computing the context never makes a
 * long task. One policy for both readers, so the page and the command line compute the same
 * context and find the same claims (issue 12):
 * - the page engine (content/engine.ts) adds passages as it reads them, and again as the page
 *   changes;
 * - the command-line tools (`sampleOfText`) add a text's lines after the file's title (an HTML
 *   file's `<title>`; plain text has none, and its first line stands for it).
 * Pure: no DOM, browser API or clock.
 */

/** The page's opening that always goes into the sample (characters, title included). */
export const OPENING_SAMPLE = 16 * 1024;
/** The sample's bound (characters); the message that carries it is checked against it too. */
export const MAX_SAMPLE_CHARS = 64 * 1024;

export class ContextSample {
  private readonly parts: string[];
  private length: number;

  /** A sample that starts with the page's `title` (may be empty). */
  constructor(title: string) {
    const head = title.slice(0, OPENING_SAMPLE);
    this.parts = [head];
    this.length = head.length;
  }

  /**
   * Adds a passage: while the sample is within the page's opening on a first reading (`fresh`),
   * any passage; after that, one for which `namesTreatment` holds (the page gate). Returns
   * whether the sample grew.
   */
  add(text: string, fresh: boolean, namesTreatment: (text: string) => boolean): boolean {
    if (this.length >= MAX_SAMPLE_CHARS) return false;
    if (!(fresh && this.length < OPENING_SAMPLE) && !namesTreatment(text)) return false;
    const part = text.slice(0, MAX_SAMPLE_CHARS - this.length);
    this.parts.push(part);
    this.length += part.length + 1;
    return true;
  }

  /** The sample's text, one passage a line, at most MAX_SAMPLE_CHARS. */
  get text(): string {
    return this.parts.join('\n').slice(0, MAX_SAMPLE_CHARS);
  }
}

/**
 * The sample of a whole text read at once, as the page engine builds it for a page with this
 * text and `title` (the document's title; an HTML file's `<title>`, '' for plain text): every
 * non-empty line is a passage of a first reading. Without a title, the first line stands for it
 * (context.ts reads the sample's first non-empty line as the title).
 */
export function sampleOfText(
  text: string,
  namesTreatment: (text: string) => boolean,
  title = '',
): string {
  const sample = new ContextSample(title);
  for (const line of text.split('\n'))
    if (line.trim() !== '') sample.add(line, true, namesTreatment);
  return sample.text;
}
