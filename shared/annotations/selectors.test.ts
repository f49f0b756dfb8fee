import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSpan, splitsSurrogatePair } from './selectors.ts';

const body =
  'The central bank raised its key rate to 21 percent on Friday, citing persistent inflation ' +
  'and a tight labour market, and signalled that further increases were possible.';

describe('describeSpan', () => {
  it('quotes the span with up to 32 characters of context cut at word boundaries', () => {
    const start = body.indexOf('citing');
    const end = start + 'citing persistent inflation'.length;
    const { quote, position } = describeSpan(body, start, end);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe('citing persistent inflation');
    expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(body.slice(start - quote.prefix.length, start)).toBe(quote.prefix);
    expect(body.slice(end, end + quote.suffix.length)).toBe(quote.suffix);
    // Starts at a word: the character before the prefix is a space.
    expect(body[start - quote.prefix.length - 1]).toBe(' ');
    expect(quote.prefix).toBe('rate to 21 percent on Friday, ');
    expect(quote.suffix).toBe(' and a tight labour market, and');
  });

  it('gives empty context at the start and end of the text', () => {
    const first = describeSpan(body, 0, 3);
    expect(first.quote.prefix).toBe('');
    expect(first.quote.exact).toBe('The');
    const last = describeSpan(body, body.length - 9, body.length);
    expect(last.quote.suffix).toBe('');
    expect(last.quote.exact).toBe('possible.');
  });

  it('keeps a whole long word of context rather than none', () => {
    const text = 'x'.repeat(60) + 'TARGET' + 'y'.repeat(60);
    const { quote } = describeSpan(text, 60, 66);
    expect(quote.prefix).toBe('x'.repeat(32));
    expect(quote.suffix).toBe('y'.repeat(32));
  });

  it('never cuts an emoji in half in the context', () => {
    const text = '😀'.repeat(40) + ' word ' + '😀'.repeat(40);
    const start = text.indexOf('word');
    const { quote } = describeSpan(text, start, start + 4);
    expect(splitsSurrogatePair(text, start - quote.prefix.length)).toBe(false);
    expect(splitsSurrogatePair(text, start + 4 + quote.suffix.length)).toBe(false);
    expect(quote.prefix.endsWith('😀 ')).toBe(true);
    expect([...quote.prefix].every((ch) => ch === '😀' || ch === ' ')).toBe(true);
  });

  it('handles Cyrillic and no-break spaces as ordinary text', () => {
    const text = 'Центробанк\u00a0повысил ключевую ставку до 21% в пятницу.';
    const start = text.indexOf('ключевую');
    const { quote } = describeSpan(text, start, start + 'ключевую ставку'.length);
    expect(quote.exact).toBe('ключевую ставку');
    expect(quote.prefix).toBe('Центробанк\u00a0повысил ');
    expect(quote.suffix).toBe(' до 21% в пятницу.');
  });

  it('throws RangeError on bad offsets', () => {
    expect(() => describeSpan(body, 5, 5)).toThrow(RangeError);
    expect(() => describeSpan(body, 6, 5)).toThrow(RangeError);
    expect(() => describeSpan(body, -1, 5)).toThrow(RangeError);
    expect(() => describeSpan(body, 0, body.length + 1)).toThrow(RangeError);
    expect(() => describeSpan(body, 0.5, 3)).toThrow(RangeError);
    expect(() => describeSpan(body, Number.NaN, 3)).toThrow(RangeError);
    const emoji = 'a😀b';
    expect(() => describeSpan(emoji, 2, 4)).toThrow(RangeError);
    expect(describeSpan(emoji, 1, 3).quote.exact).toBe('😀');
  });
});
