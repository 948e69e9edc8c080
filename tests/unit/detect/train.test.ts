import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../content/detect/core';
import { CATEGORIES } from '../../../topic/categories';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { loadCorpus, type Page } from '../../../scripts/lib/corpus';
import { examplesOf, fitModel, foldsOf } from '../../../scripts/lib/learn';
import { MODEL_FILE, trainedModelText } from '../../../scripts/lib/train-model';

/**
 * Issue 12: the learned model is data fitted by `npm run train`, reproducibly; eval's folds keep
 * every page out of the model that scores it. Our own small pages below; the real corpus
 * (third-party, ../shared) only when it is there.
 */

const CORPUS = '../shared/corpus/dev';

/** A page of our own, labelled the way the corpus is (claims listed, the rest NONE). */
function page(name: string, lines: [string, string | null][]): Page {
  const text = lines.map(([t]) => t).join('\n');
  let at = 0;
  const labels = lines.map(([t, category]) => {
    const start = text.indexOf(t, at);
    at = start + t.length;
    return {
      text: t,
      start,
      end: start + t.length,
      isClaim: category !== null,
      category,
      stance: category ? 'promotional' : null,
    };
  });
  return { name, text, lang: 'en', isNegative: name.startsWith('neg_'), labels };
}

const OWN: Page[] = [
  page('clinic_a', [
    ['Stem cell therapy for back pain', null],
    ['Stem cell injections relieve chronic low back pain in most of our patients.', 'efficacy'],
    ['The injected cells regenerate the worn disc and rebuild its cushion.', 'mechanism'],
    ['Our clinic is open on Saturdays.', null],
  ]),
  page('clinic_b', [
    ['Bone marrow stem cells repair damaged spinal discs, our surgeons say.', 'mechanism'],
    ['The treatment for sciatica is safe and has no side effects.', 'safety'],
    ['Parking is free for visitors.', null],
  ]),
  page('news_c', [
    ['Stem cell shots for back pain are not approved by the FDA.', 'regulatory'],
    ['Trials of stem cells for disc pain are still small, researchers said.', 'research'],
    ['The weather was mild on the day of the hearing.', null],
  ]),
  page('neg_d', [
    ['Stem cell transplants treat leukaemia in children.', null],
    ['The knee clinic offers physical therapy.', null],
  ]),
];

describe('training', () => {
  it('is deterministic: the same pages give the same model, byte for byte', () => {
    const a = JSON.stringify(fitModel(examplesOf(STEM_CELL_BACK_PAIN, OWN)));
    const b = JSON.stringify(fitModel(examplesOf(STEM_CELL_BACK_PAIN, OWN)));
    expect(a).toBe(b);
  });

  it('learns its training pages: a model fitted on them finds their claims and their kinds', () => {
    const model = fitModel(examplesOf(STEM_CELL_BACK_PAIN, OWN), {
      l2: 0.1,
      steps: 400,
      minPages: 1,
      threshold: 0.5,
    });
    expect(Object.keys(model.category)).toEqual([...CATEGORIES]);
    const detector = createDetector({ ...STEM_CELL_BACK_PAIN, model });
    const found = detector.detectClaims(OWN[0]!.text).map((c) => c.text);
    expect(found).toContain(
      'Stem cell injections relieve chronic low back pain in most of our patients.',
    );
    expect(found).not.toContain('Our clinic is open on Saturdays.');
    expect(detector.detectClaims(OWN[3]!.text)).toEqual([]);
  });

  it('folds: every page in exactly one fold, the same folds every time, kinds spread', () => {
    const many = Array.from({ length: 23 }, (_, i) =>
      page(`${['clinic', 'news', 'neg'][i % 3]}_${i}`, [['Text.', null]]),
    );
    const folds = foldsOf(many, 5, 12);
    expect(folds).toHaveLength(5);
    const names = folds.flatMap((f) => f.map((p) => p.name)).sort();
    expect(names).toEqual(many.map((p) => p.name).sort());
    expect(foldsOf(many, 5, 12)).toEqual(folds);
    for (const fold of folds) {
      expect(fold.length).toBeGreaterThanOrEqual(4);
      expect(fold.length).toBeLessThanOrEqual(5);
      expect(new Set(fold.map((p) => p.name.split('_')[0])).size).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the shipped model', () => {
  const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as {
    version: number;
    threshold: number;
    claim: Record<string, number>;
    category: Record<string, Record<string, number>>;
  };

  it('is the pack the detector runs, with a claim head and a head per category', () => {
    expect(STEM_CELL_BACK_PAIN.model).toEqual(shipped);
    expect(shipped.version).toBe(1);
    expect(shipped.threshold).toBeGreaterThan(0);
    expect(shipped.threshold).toBeLessThan(1);
    expect(Object.keys(shipped.claim).length).toBeGreaterThan(20);
    expect(Object.keys(shipped.category)).toEqual([...CATEGORIES]);
  });

  it.skipIf(!existsSync(CORPUS))(
    'is what `npm run train` fits on the corpus (run it after changing the pack or features)',
    () => {
      expect(trainedModelText(loadCorpus(CORPUS))).toBe(readFileSync(MODEL_FILE, 'utf8'));
    },
    60_000,
  );
});
