// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimStore } from '../../../content/claim-store';
import { foundIn } from '../found';

/** What one scan found: a claim per element given. */
function found(...elements: Array<Element | undefined>) {
  return elements.map((element) => {
    if (!element) throw new Error('no such paragraph');
    return foundIn(element);
  });
}

const texts = (store: ClaimStore) => store.all().map((r) => r.claim.text);

/** Paragraphs "p1" … "pN" in the body, returned in order. */
function paragraphs(n: number): Element[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>p${i + 1}</p>`).join('');
  return Array.from(document.querySelectorAll('p'));
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('ClaimStore order', () => {
  it('keeps the list in order without a walk when a later scan adds claims after the last', () => {
    const [p1, p2, p3, p4] = paragraphs(4);
    const store = new ClaimStore();
    store.addAll(found(p1, p2), true);
    store.addAll(found(p3, p4), true);
    const walks = vi.spyOn(document, 'createTreeWalker');
    expect(texts(store)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(walks).not.toHaveBeenCalled();
  });

  it('compares the claims of a scan of changed blocks and keeps the order where they follow', () => {
    const [p1, p2, p3] = paragraphs(3);
    const store = new ClaimStore();
    store.addAll(found(p1), true);
    store.addAll(found(p2, p3), false);
    const walks = vi.spyOn(document, 'createTreeWalker');
    expect(texts(store)).toEqual(['p1', 'p2', 'p3']);
    expect(walks).not.toHaveBeenCalled();
  });

  it('puts claims added before the last one back in document order', () => {
    const [p1, p2, p3, p4] = paragraphs(4);
    const store = new ClaimStore();
    store.addAll(found(p3, p4), true);
    store.addAll(found(p1, p2), true);
    expect(texts(store)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(store.all().map((r) => r.id)).toEqual([3, 4, 1, 2]);
  });

  it('stays out of order once it is, even if the next claims come after the last', () => {
    const [p1, p2, p3] = paragraphs(3);
    const store = new ClaimStore();
    store.addAll(found(p2), true);
    store.addAll(found(p1), true);
    store.addAll(found(p3), true);
    expect(texts(store)).toEqual(['p1', 'p2', 'p3']);
  });

  it('orders claims of a scan that says they may be out of order', () => {
    const [p1, p2] = paragraphs(2);
    const store = new ClaimStore();
    store.addAll(found(p2, p1), false);
    expect(texts(store)).toEqual(['p1', 'p2']);
  });

  it('reads shadow text at its host: a claim in a shadow root is not compared with the page', () => {
    document.body.innerHTML = '<div id="host"></div><p>after</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const store = new ClaimStore();
    store.addAll(found(document.querySelector('p') as Element), true);
    store.addAll(found(shadow.querySelector('p') as Element), true);
    expect(texts(store)).toEqual(['inside', 'after']);
  });

  it('orders a claim whose text left the page after the ones still in it', () => {
    const [p1, p2] = paragraphs(2);
    const gone = document.createElement('p');
    gone.textContent = 'gone';
    const store = new ClaimStore();
    store.addAll(found(p2), true);
    store.addAll(found(gone), true);
    store.addAll(found(p1), true);
    expect(texts(store)).toEqual(['p1', 'p2', 'gone']);
  });
});
