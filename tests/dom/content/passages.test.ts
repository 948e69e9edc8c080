// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { passagesUnder, rangeFor } from '../../../content/scan/passages';

function passages(html: string): string[] {
  document.body.innerHTML = html;
  return [...passagesUnder(document.body)].map((p) => p.text);
}

describe('passagesUnder', () => {
  it('joins text split across inline elements into one passage', () => {
    expect(
      passages('<p><b>Stem cell</b> therapy <a href="#">repairs</a> <em>discs</em>.</p>'),
    ).toEqual(['Stem cell therapy repairs discs.']);
  });

  it('starts a new passage at every block', () => {
    expect(
      passages('<div>Intro <p>First.</p> tail <ul><li>One</li><li>Two</li></ul></div>'),
    ).toEqual(['Intro ', 'First.', ' tail ', 'One', 'Two']);
  });

  it('reads source line breaks and tabs as spaces, keeping offsets', () => {
    expect(passages('<p>Stem cell\n\t  injections</p>')).toEqual(['Stem cell    injections']);
  });

  it('reads a line break as a newline', () => {
    expect(passages('<p>Line one<br>Line two</p>')).toEqual(['Line one\nLine two']);
  });

  it.each([
    ['a textarea', '<textarea>stem cell claim</textarea>'],
    ['an input', '<input value="stem cell claim">'],
    ['a select', '<select><option>stem cell claim</option></select>'],
    ['a script', '<script>var s = "stem cell claim"</script>'],
    ['a style', '<style>.stem-cell-claim{}</style>'],
    ['a noscript', '<noscript>stem cell claim</noscript>'],
    ['an editable region', '<div contenteditable="true"><p>stem cell claim</p></div>'],
    [
      'a plaintext-only editable region',
      '<div contenteditable="plaintext-only">stem cell claim</div>',
    ],
    ['an aria-hidden region', '<div aria-hidden="true">stem cell claim</div>'],
    ['a hidden element', '<p hidden>stem cell claim</p>'],
  ])('skips text inside %s', (_name, html) => {
    expect(passages(`<p>Visible.</p>${html}`)).toEqual(['Visible.']);
  });

  it('reads text in open shadow roots', () => {
    document.body.innerHTML = '<p>Light.</p><div id="host"></div>';
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow text.</p>';
    expect([...passagesUnder(document.body)].map((p) => p.text)).toEqual([
      'Light.',
      'Shadow text.',
    ]);
  });
});

describe('rangeFor', () => {
  it('maps passage offsets back to a range across text nodes', () => {
    document.body.innerHTML = '<p>Say <b>stem cell</b> therapy works.</p>';
    const [p] = [...passagesUnder(document.body)];
    const start = p!.text.indexOf('stem');
    const end = p!.text.indexOf(' works');
    const range = rangeFor(p!, start, end);
    expect(range?.toString()).toBe('stem cell therapy');
  });

  it('returns null once the text nodes are gone', () => {
    document.body.innerHTML = '<p>Gone soon.</p>';
    const [p] = [...passagesUnder(document.body)];
    document.body.innerHTML = '';
    expect(rangeFor(p!, 0, 4)).toBeNull();
  });
});
