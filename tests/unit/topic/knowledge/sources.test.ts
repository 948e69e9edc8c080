import { describe, expect, it } from 'vitest';
import {
  SOURCE_KINDS,
  SOURCE_RULES,
  checkUrl,
  isIsoDate,
  knowledgePack,
} from '../../../../topic/knowledge';

describe('the sources', () => {
  const all = Object.values(knowledgePack.sources);

  it('each have an openable https URL on a host that publishes that kind of source', () => {
    for (const source of all) {
      expect(SOURCE_KINDS, source.id).toContain(source.kind);
      expect(checkUrl(source.url, source.kind), source.id).toEqual([]);
    }
  });

  it('each carry the date they were checked, no later than the pack’s review', () => {
    for (const source of all) {
      expect(isIsoDate(source.checkedOn), source.id).toBe(true);
      expect(source.checkedOn <= knowledgePack.reviewedOn, source.id).toBe(true);
    }
  });

  it('no longer include the URLs the audit could not confirm', () => {
    const urls = all.map((s) => s.url).join('\n');
    expect(urls).not.toMatch(/closerlookatstemcells\.org/);
    expect(urls).not.toMatch(/eur-lex\.europa\.eu\/eli\//);
    expect(urls).not.toMatch(/premera\.com/);
    expect(urls).not.toMatch(/search-fda-guidance-documents\/expedited-programs/);
    expect(Object.keys(SOURCE_RULES)).not.toContain('www.closerlookatstemcells.org');
  });
});

describe('checkUrl', () => {
  it.each([
    ['http://doi.org/10.1016/x', undefined, /not https/],
    ['https://example.com/paper', undefined, /host not allowed/],
    ['not a url', undefined, /not a URL/],
    ['https://clinicaltrials.gov/search?cond=back+pain', 'registry', /not a record path/],
    ['https://clinicaltrials.gov/study/NCT123', 'registry', /not a record path/],
    ['https://pubmed.ncbi.nlm.nih.gov/?term=stem', 'study', /not a record path/],
    ['https://doi.org/10.1016/j.inpm.2025.100611#abstract', 'study', /not a record path/],
    [
      'https://doi.org/10.1016/j.inpm.2025.100611',
      'court',
      /a court source cannot come from doi\.org/,
    ],
    [
      'https://www.fda.gov/vaccines-blood-biologics/x',
      'study',
      /a study source cannot come from www\.fda\.gov/,
    ],
  ] as const)('rejects %s (as %s)', (url, kind, problem) => {
    expect(checkUrl(url, kind).join('\n')).toMatch(problem);
  });

  it.each([
    ['https://clinicaltrials.gov/study/NCT07254806', 'registry'],
    ['https://pubmed.ncbi.nlm.nih.gov/39393844/', 'study'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7140295/', 'study'],
    ['https://www.supremecourt.gov/docket/docketfiles/html/public/24-1189.html', 'court'],
  ] as const)('accepts %s as a %s', (url, kind) => {
    expect(checkUrl(url, kind)).toEqual([]);
  });
});
