import { readHtml } from './html-to-text';

/**
 * The text `npm run scan` reads from a file's bytes, or why it cannot: a file that is not UTF-8
 * text is refused with a reason rather than decoded into replacement characters and control bytes.
 */
export type FileText =
  { ok: true; text: string; title: string; warning?: string } | { ok: false; warning: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * `bytes` read from `name` (a path, or `standard input`); `html` takes the visible text of an
 * HTML document, and its `<title>` as `title` (not part of `text`; '' for plain text). Offsets
 * of `text` are the ones scan reports, so a UTF-8 byte-order mark is kept.
 * A `warning` is one line, without the `scan:` prefix or a newline.
 */
export function fileText(bytes: Uint8Array, name: string, html: boolean): FileText {
  if (bytes.length === 0) return { ok: true, text: '', title: '', warning: `${name} is empty` };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      ok: false,
      warning: `${name} is UTF-16 text, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)`,
    };
  if (bytes.includes(0))
    return { ok: false, warning: `${name} is binary (it has NUL bytes), not text` };
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      warning: `${name} is not UTF-8 text: convert it first (e.g. iconv -f WINDOWS-1252 -t UTF-8)`,
    };
  }
  const { text, title } = html ? readHtml(raw) : { text: raw, title: '' };
  if (text.trim() === '')
    return {
      ok: true,
      text,
      title,
      warning: html ? `${name} has no visible text` : `${name} has only white space`,
    };
  return { ok: true, text, title };
}
