import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardLabels } from '../../../../components/card/card-labels';
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
    });
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
