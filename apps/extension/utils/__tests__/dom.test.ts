// The DOM builder: text stays text, and ARIA states come out as the tokens assistive technology reads.
import { describe, expect, it } from 'vitest';
import { h } from '../dom';

describe('h', () => {
  it('writes boolean ARIA states as "true" and "false", other booleans as presence', () => {
    const on = h('button', { attrs: { 'aria-pressed': true, disabled: true } });
    const off = h('button', { attrs: { 'aria-pressed': false, disabled: false } });
    expect(on.getAttribute('aria-pressed')).toBe('true');
    expect(off.getAttribute('aria-pressed')).toBe('false');
    expect(on.hasAttribute('disabled')).toBe(true);
    expect(off.hasAttribute('disabled')).toBe(false);
  });

  it('puts strings in as text, never markup', () => {
    const li = h('li', {}, '<b>bold</b>');
    expect(li.children).toHaveLength(0);
    expect(li.textContent).toBe('<b>bold</b>');
  });
});
