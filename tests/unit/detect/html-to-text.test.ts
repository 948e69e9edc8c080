import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../scripts/lib/html-to-text';

describe('htmlToText', () => {
  it('keeps visible text, one line per block', () => {
    const html =
      '<html><head><title>T</title></head><body><h1>Title</h1><p>One <b>bold</b>\n  word.</p><ul><li>A</li><li>B</li></ul>Tail<br>Next</body></html>';
    expect(htmlToText(html)).toBe('Title\nOne bold word.\nA\nB\nTail\nNext');
  });

  it('skips script, style, noscript, template and hidden elements', () => {
    const html = `<body><p>Seen</p><script>x()</script><style>p{}</style><noscript>no</noscript>
      <template><p>tpl</p></template><p hidden>h1</p><p aria-hidden="true">h2</p>
      <p style="color:red; display : none">h3</p><p style="visibility:hidden">h4</p>
      <p aria-hidden="false">Also seen</p></body>`;
    expect(htmlToText(html)).toBe('Seen\nAlso seen');
  });

  it('decodes entities and keeps non-breaking spaces for the detector to fold', () => {
    expect(htmlToText('<p>Stem&nbsp;cells &amp; discs &#8217;</p>')).toBe(
      'Stem\u00A0cells & discs \u2019',
    );
  });

  it('keeps <pre> whitespace', () => {
    expect(htmlToText('<pre>a  b\nc</pre>')).toBe('a  b\nc');
  });
});
