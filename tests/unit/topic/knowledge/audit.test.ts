/**
 * The specific findings of the 2026-12 content audit (../shared/reference/content-audit-2026-12.md),
 * one test per finding, so a later edit cannot quietly bring one back.
 */
import { describe, expect, it } from 'vitest';
import { knowledgePack } from '../../../../topic/knowledge';
import { leavesCiting, visibleLeaves } from './walk';

const leaves = visibleLeaves(knowledgePack);
const texts = leaves.filter((l) => typeof l.value === 'string').map((l) => String(l.value));
const textsCiting = (id: string) =>
  leavesCiting(knowledgePack, id)
    .filter((l) => typeof l.value === 'string')
    .map((l) => String(l.value));
const study = (id: string) => knowledgePack.studies.find((s) => s.id === id)!;

describe('the knowledge pack after the 2026-12 audit', () => {
  it('is dated 5 December 2026', () => {
    expect(knowledgePack.reviewedOn).toBe('2026-12-05');
  });

  it('shows the DiscGenics sham-controlled phase 3 (NCT07254806)', () => {
    const source = knowledgePack.sources.discgenicsPhase3!;
    expect(source.url).toBe('https://clinicaltrials.gov/study/NCT07254806');
    const lines = textsCiting('discgenicsPhase3');
    expect(lines.some((t) => /NCT07254806/.test(t) && /162/.test(t) && /sham/.test(t))).toBe(true);
  });

  it('dates the Mesoblast confirmatory trial’s recruiting status to its registry update', () => {
    const lines = textsCiting('mesoblastConfirmatory');
    expect(lines.some((t) => /recruiting/.test(t) && /January 2026/.test(t))).toBe(true);
    expect(lines.some((t) => /\bis recruiting\b/.test(t))).toBe(false);
  });

  it('says the Supreme Court declined review in October 2025, leaving the SVF ruling in force', () => {
    const lines = textsCiting('scotusDenial2025');
    expect(lines.some((t) => /October 2025/.test(t) && /stands|in place/.test(t))).toBe(true);
    expect(knowledgePack.sources.scotusDenial2025!.url).toMatch(/24-1189\.html$/);
  });

  it('cites FDA’s February 2026 warning letter', () => {
    expect(textsCiting('fdaWarningLetter2026').some((t) => /February 2026/.test(t))).toBe(true);
  });

  it('describes VIA Disc NP as a disc allograft, with its sham-controlled trial', () => {
    const line = texts.find((t) => /VIA Disc NP/.test(t) && /allograft/.test(t));
    expect(line).toBeDefined();
    expect(textsCiting('viaDiscShamRegistry').length).toBeGreaterThan(0);
  });

  it('presents ACP 2017 as a 2017 guideline past its five-year validity', () => {
    const lines = textsCiting('acp2017');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/2017/);
    expect(lines.some((t) => /five-year validity|withdrawn five years/.test(t))).toBe(true);
  });

  it('gives the Madhavan et al. case report its real title and journal', () => {
    const source = knowledgePack.sources.stemCellTourismCase!;
    expect(source.title).toMatch(
      /^Polyclonal lymphocytic infiltrate with arachnoiditis resulting from intrathecal stem cell transplantation/,
    );
    expect(source.publisher).toBe('The Neuroradiology Journal');
  });

  it('dates the cord-blood outbreak August 2017 to September 2018', () => {
    const risk = knowledgePack.risks.find((r) => r.id === 'risk-contaminated-cord-blood')!;
    expect(risk.frequency).toMatch(/August 2017/);
    expect(risk.frequency).toMatch(/September 2018/);
    expect(risk.frequency).not.toMatch(/\(2018\)/);
  });

  it('charts only price ranges whose ends are in the cited source, without a 2016 date', () => {
    for (const range of knowledgePack.costs.ranges) {
      expect(`${range.label} ${range.note}`).not.toMatch(/2016/);
      // The 2017 knee survey's abstract gives a mean, not a low and high end.
      expect(range.sourceIds).not.toContain('piuzzi2018');
    }
  });

  it('draws the Levi trial at its registered 6-month primary time point, beside 12 months', () => {
    const levi = study('study-levi');
    expect(levi.responders).toMatchObject({
      timepoint: '6 months',
      isPrimary: true,
      treatment: { pct: 40, n: 45 },
      control: { pct: 39, n: 18 },
    });
    const charted = (levi.moreResponders ?? []).filter((r) => r.isCharted);
    expect(charted).toEqual([
      expect.objectContaining({
        timepoint: '12 months',
        treatment: expect.objectContaining({ pct: 44 }),
      }),
    ]);
  });

  it('gives the Noriega trial’s dose and industry collaborator', () => {
    const noriega = study('study-noriega');
    expect(noriega.product).toMatch(/25 million/);
    expect(noriega.sponsor).toMatch(/Citospin/);
    expect(noriega.sponsor).not.toMatch(/^Academic/);
  });

  it('no longer says higher doses did no better', () => {
    for (const t of texts) expect(t).not.toMatch(/higher doses? did (no|not do) better/i);
  });

  it('quotes NICE as “consider”, not “recommends”', () => {
    const care = knowledgePack.standardCare.find((s) => s.id === 'care-nice')!;
    expect(care.text).toMatch(/consider/i);
    expect(care.text).not.toMatch(/recommends/);
  });

  it('rewrites the five weakest statements to what the sources say', () => {
    const byId = findStatement;
    // 1. Claimed efficacy: no "far above"; gives the trial's arms.
    expect(byId('cost-claimed-efficacy')).not.toMatch(/far above/);
    expect(byId('cost-claimed-efficacy')).toMatch(/74%.*69%/);
    // 2. The 56% sham figure never appears without the treated arm beside it.
    for (const t of texts.filter((x) => /56%/.test(x))) expect(t).toMatch(/44%/);
    // 3. No inference that most people are not facing surgery.
    for (const t of texts) expect(t).not.toMatch(/not facing surgery/);
    // 4. Dose: "unclear".
    expect(byId('open-which-cells')).toMatch(/unclear/);
    // 5. The 2025 review is reported with both halves wherever its weaknesses are.
    for (const t of textsCiting('nassj2025').filter((x) => /weak/.test(x))) {
      expect(t).toMatch(/modest, statistically significant/);
    }
  });

  it('attributes trial safety to trial sources, not to the FDA consumer page alone', () => {
    const summary = knowledgePack.categories.safety.summary;
    expect(summary.sourceIds).toEqual(expect.arrayContaining(['respine']));
  });

  it('does not call the stopped trials “industry” trials or the Levi sponsor “academic”', () => {
    for (const t of textsCiting('ju2022')) expect(t).not.toMatch(/industry/i);
    expect(study('study-levi').sponsor).not.toMatch(/academic/i);
  });
});

function findStatement(id: string): string {
  const all = [
    ...knowledgePack.overview,
    ...Object.values(knowledgePack.categories).flatMap((c) => c.statements),
    ...knowledgePack.openQuestions,
    ...knowledgePack.standardCare,
    ...knowledgePack.costs.insurance,
  ];
  const found = all.find((s) => s.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found.text;
}
