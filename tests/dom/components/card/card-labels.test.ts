import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardLabels, verdictLabels } from '../../../../components/card/card-labels';
import { getMessageIn } from '../../../messages';

afterEach(() => vi.restoreAllMocks());

/** Makes the fake browser's UI language `lang`. */
const speak = (lang: string) =>
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageIn(lang) as never);

describe('cardLabels (the words the background sends with a card)', () => {
  it('are the English card texts', () => {
    expect(cardLabels('alternative-to-surgery')).toEqual({
      category: 'Instead of surgery',
      dialog: 'Claim Context: Instead of surgery',
      stances: {
        promotional: '· this sentence promotes the treatment',
        neutral: '· this sentence is neutral',
        cautionary: '· this sentence urges caution',
      },
      source: 'Source:',
      fullContext: 'Full context',
      close: 'Close',
      kindContext: 'About claims of this kind:',
      notClaim: 'Not a claim',
    });
  });

  it('include the words of the card for checked text, each category named', () => {
    const labels = verdictLabels();
    expect(labels).toMatchObject({
      dialog: 'Claim Context: checked text',
      noClaim: 'No claim about stem-cell therapy for back pain found in this text.',
      markClaim: 'Mark as a claim',
      notClaim: 'Not a claim',
      failed: 'Not saved: {error}',
    });
    expect(labels.categories.cost).toBe('Cost');
    expect(labels.marked.safety).toContain('Marked as a claim (Safety and risks)');
  });

  it('follow the browser language (Spanish)', () => {
    speak('es');
    expect(cardLabels('cost')).toMatchObject({
      category: 'Coste',
      dialog: 'Claim Context: Coste',
      stances: { cautionary: '· esta frase llama a la prudencia' },
      source: 'Fuente:',
      kindContext: 'Sobre las afirmaciones de este tipo:',
    });
  });
});
