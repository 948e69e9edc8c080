import { describe, expect, it } from 'vitest';
import {
  ContextSample,
  MAX_SAMPLE_CHARS,
  OPENING_SAMPLE,
  sampleOfText,
} from '../../../content/detect/sample';
import { textContext } from '../../../scripts/lib/detector';
import { analyzeContext, detector, hasTreatmentTerms } from './detector';

/**
 * The page context's sample (content/detect/sample.ts): one policy for the page engine, which
 * adds passages as it reads them, and the command line, which reads a whole text at once. So on
 * a long page both compute the same context and find the same claims (issue 12). Pages written
 * for these tests.
 */

const namesStemCells = (t: string) => /stem cell/i.test(t);
// Filler that names no treatment: a line of 100 characters.
const filler = (lines: number) =>
  Array.from({ length: lines }, (_, i) => `Line ${String(i).padStart(4, '0')} ${'x'.repeat(90)}`);

describe('ContextSample', () => {
  it('starts with the title and takes every passage of the opening on a first reading', () => {
    const sample = new ContextSample('A title');
    expect(sample.add('First passage.', true, namesStemCells)).toBe(true);
    expect(sample.add('Second passage.', true, namesStemCells)).toBe(true);
    expect(sample.text).toBe('A title\nFirst passage.\nSecond passage.');
  });

  it('past the opening, and on later readings, takes only passages naming the treatment', () => {
    const sample = new ContextSample('');
    for (const line of filler(OPENING_SAMPLE / 100 + 1)) sample.add(line, true, namesStemCells);
    const opening = sample.text.length;
    expect(opening).toBeGreaterThanOrEqual(OPENING_SAMPLE);
    expect(sample.add('More filler past the opening.', true, namesStemCells)).toBe(false);
    expect(sample.add('Stem cell injections for sciatica.', true, namesStemCells)).toBe(true);
    expect(sample.text.length).toBeGreaterThan(opening);

    const later = new ContextSample('Title');
    expect(later.add('Added by the page later.', false, namesStemCells)).toBe(false);
    expect(later.add('Stem cells, added later.', false, namesStemCells)).toBe(true);
    expect(later.text).toBe('Title\nStem cells, added later.');
  });

  it('never grows past MAX_SAMPLE_CHARS, however long the passages', () => {
    const sample = new ContextSample('t'.repeat(OPENING_SAMPLE * 2));
    expect(sample.text.length).toBe(OPENING_SAMPLE);
    const huge = `Stem cells ${'y'.repeat(MAX_SAMPLE_CHARS)}`;
    expect(sample.add(huge, true, namesStemCells)).toBe(true);
    expect(sample.add('Stem cells again.', true, namesStemCells)).toBe(false);
    expect(sample.text.length).toBe(MAX_SAMPLE_CHARS);
  });
});

describe('sampleOfText', () => {
  it('is the sample the engine builds from the same title and lines on a first reading', () => {
    const lines = ['Stem cells for back pain', '', ...filler(300), 'Later: stem cells help.'];
    const engine = new ContextSample('The page title');
    for (const line of lines) if (line !== '') engine.add(line, true, namesStemCells);
    expect(sampleOfText(lines.join('\n'), namesStemCells, 'The page title')).toBe(engine.text);
  });

  it('is the whole text, blank lines aside, for a page shorter than the opening', () => {
    const text = 'Title line\n\nStem cells for sciatica.\nAnother line.';
    expect(sampleOfText(text, namesStemCells)).toBe(
      '\nTitle line\nStem cells for sciatica.\nAnother line.',
    );
  });
});

describe('the command line computes the context the page computes', () => {
  it('ignores what lies past the opening in passages that name no treatment, as the page does', () => {
    // A story marker far down, in a passage without the therapy's name: outside the sample.
    const text = [
      'Stem cell injections for low back pain',
      ...filler(300),
      'I underwent surgery last year and my back got worse.',
    ].join('\n');
    expect(analyzeContext(text).isStory).toBe(true);
    const ctx = textContext(detector, text);
    expect(ctx.isStory).toBe(false);
    expect(ctx).toEqual(analyzeContext(sampleOfText(text, hasTreatmentTerms)));
  });

  it("reads an HTML file's title as the page's title", () => {
    const body = 'Welcome to our clinic\nStem cell injections for back pain are offered here.';
    expect(textContext(detector, body).title).toMatchObject({ therapy: false });
    expect(textContext(detector, body, 'Stem cell therapy for sciatica').title).toEqual({
      therapy: true,
      condition: true,
      other: false,
    });
  });
});
