import { describe, expect, it } from 'vitest';
import { markedText, markWithin, unmarkWithin } from '../marks';

const html = (nodes: Array<string | HTMLElement>) =>
  nodes.map((node) => (typeof node === 'string' ? node : node.outerHTML)).join('');

describe('markedText', () => {
  it('marks word starts in English and terms anywhere in Japanese', () => {
    expect(html(markedText('Japan-Brazil Summit Meeting', 'braz meet'))).toBe(
      'Japan-<mark>Braz</mark>il Summit <mark>Meet</mark>ing',
    );
    expect(html(markedText('日ブラジル首脳会談', '首脳会談'))).toBe('日ブラジル<mark>首脳会談</mark>');
  });

  it('marks a quoted phrase as one match', () => {
    expect(html(markedText('a free and open Indo-Pacific', '"free and open"'))).toBe(
      'a <mark>free and open</mark> Indo-Pacific',
    );
  });

  it('leaves text without a match (or an empty query) as it is', () => {
    expect(markedText('Summit', 'quad')).toEqual(['Summit']);
    expect(markedText('Summit', '  ')).toEqual(['Summit']);
  });
});

describe('markWithin', () => {
  it('marks text nodes under an element, never inside form fields, and never twice', () => {
    const root = document.createElement('div');
    root.innerHTML = '<h2>Quad Foreign Ministers</h2><p>on the <b>Quad</b></p><textarea>Quad</textarea>';
    expect(markWithin(root, 'quad')).toBe(2);
    expect(root.querySelectorAll('mark')).toHaveLength(2);
    expect(root.querySelector('textarea')!.value).toBe('Quad');
    expect(markWithin(root, 'quad')).toBe(0);
  });
});

describe('unmarkWithin', () => {
  it('puts the text back as it was, so another search can mark it', () => {
    const root = document.createElement('p');
    root.textContent = 'Quad Foreign Ministers';
    markWithin(root, 'quad');
    unmarkWithin(root);
    expect(root.innerHTML).toBe('Quad Foreign Ministers');
    expect(root.childNodes).toHaveLength(1);
    expect(markWithin(root, 'foreign')).toBe(1);
    expect(root.innerHTML).toBe('Quad <mark>Foreign</mark> Ministers');
  });
});
