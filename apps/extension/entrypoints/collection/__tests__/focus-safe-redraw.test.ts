// A group of controls is not rebuilt under the user's caret: the redraw waits for the focus to
// leave, and then shows the latest state once.
import { afterEach, describe, expect, it } from 'vitest';
import { FocusSafeRedraw } from '../focus-safe-redraw';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A container with one text field, rebuilt by `render` with the given value. */
function mount() {
  const container = document.createElement('div');
  const outside = document.createElement('button');
  document.body.append(container, outside);
  const redraw = new FocusSafeRedraw(container);
  const renders: string[] = [];
  const draw = (key: string) =>
    redraw.draw(key, () => {
      renders.push(key);
      const input = document.createElement('input');
      input.name = 'participant';
      input.value = key;
      container.replaceChildren(input);
    });
  const field = () => container.querySelector('input')!;
  return { container, outside, redraw, renders, draw, field };
}

afterEach(() => document.body.replaceChildren());

describe('FocusSafeRedraw', () => {
  it('draws at once when the focus is elsewhere, and once per key', () => {
    const { renders, draw } = mount();
    draw('a');
    draw('a');
    draw('b');
    expect(renders).toEqual(['a', 'b']);
  });

  it('keeps the field being typed in, then draws the latest key once the focus leaves', async () => {
    const { outside, redraw, renders, draw, field } = mount();
    draw('first');
    const typing = field();
    typing.focus();
    typing.value = 'ペイン';
    draw('data changed');
    draw('data changed again');
    expect(field()).toBe(typing);
    expect(field().value).toBe('ペイン');
    expect(document.activeElement).toBe(typing);
    expect(redraw.waiting).toBe(true);

    outside.focus();
    await settle();
    expect(renders).toEqual(['first', 'data changed again']);
    expect(field().value).toBe('data changed again');
    expect(redraw.waiting).toBe(false);
  });

  it('drops a waiting redraw when the key comes back to the one drawn', async () => {
    const { outside, renders, draw, field } = mount();
    draw('x');
    field().focus();
    draw('y');
    draw('x');
    outside.focus();
    await settle();
    expect(renders).toEqual(['x']);
  });

  it('waits while the focus moves between controls inside the container', async () => {
    const { container, outside, renders, draw, field } = mount();
    draw('one');
    const second = document.createElement('input');
    container.append(second);
    field().focus();
    draw('two');
    second.focus();
    await settle();
    expect(renders).toEqual(['one']);
    outside.focus();
    await settle();
    expect(renders).toEqual(['one', 'two']);
  });
});
