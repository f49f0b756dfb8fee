import { describe, expect, it } from 'vitest';
import { describeBinary } from './binary.ts';
import {
  encodeSingleByte,
  encodeUtf16,
  encodeUtf8 as utf8,
} from '../../tests/fixtures/import/bytes.ts';
import { cyrillicPlausibility, decodeBytes } from './decode.ts';

const RUSSIAN =
  'Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе. Съёмочная группа ждала у входа.';
const UKRAINIAN =
  'Міністр закордонних справ заявив, що переговори триватимуть наступного тижня. Їхня позиція не змінилася.';

function decodeOk(bytes: Uint8Array): { text: string; encoding: string } {
  const result = decodeBytes(bytes);
  if (!result.ok) throw new Error(result.error);
  return { text: result.text, encoding: result.encoding };
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeOk(utf8(RUSSIAN))).toEqual({ text: RUSSIAN, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeOk(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Hello')))).toEqual({
      text: 'Hello',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeOk(encodeUtf16(RUSSIAN, true, true))).toEqual({
      text: RUSSIAN,
      encoding: 'utf-16le',
    });
    expect(decodeOk(encodeUtf16(RUSSIAN, false, true))).toEqual({
      text: RUSSIAN,
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 LE without a BOM instead of calling it binary', () => {
    expect(
      decodeOk(encodeUtf16('Plain English text, saved by Notepad.', true, false)).encoding,
    ).toBe('utf-16le');
  });

  it('recognises Windows-1251 Russian', () => {
    expect(decodeOk(encodeSingleByte(RUSSIAN, 'windows-1251'))).toEqual({
      text: RUSSIAN,
      encoding: 'windows-1251',
    });
  });

  it('recognises KOI8-R Russian', () => {
    expect(decodeOk(encodeSingleByte(RUSSIAN, 'koi8-r'))).toEqual({
      text: RUSSIAN,
      encoding: 'koi8-r',
    });
  });

  it('recognises Windows-1251 Ukrainian', () => {
    expect(decodeOk(encodeSingleByte(UKRAINIAN, 'windows-1251')).encoding).toBe('windows-1251');
  });

  it('tells the code pages apart on an upper-case headline', () => {
    const headline = 'ПЕРЕГОВОРЫ ПРОДОЛЖАТСЯ НА СЛЕДУЮЩЕЙ НЕДЕЛЕ';
    expect(decodeOk(encodeSingleByte(headline, 'koi8-r')).text).toBe(headline);
    expect(decodeOk(encodeSingleByte(headline, 'windows-1251')).text).toBe(headline);
  });

  it('falls back to Windows-1252 for Latin text that is not UTF-8', () => {
    const french = 'Le ministre a déclaré que les négociations reprendront à Genève.';
    expect(decodeOk(encodeSingleByte(french, 'windows-1252'))).toEqual({
      text: french,
      encoding: 'windows-1252',
    });
  });

  it('trusts the code page a page declares when the bytes are not UTF-8', () => {
    const polish =
      '<html><head><meta charset="windows-1250"></head><body><p>Łódź i Gdańsk świętują.</p></body></html>';
    expect(decodeOk(encodeSingleByte(polish, 'windows-1250'))).toEqual({
      text: polish,
      encoding: 'windows-1250',
    });
  });

  it('ignores a declared code page the runtime does not know', () => {
    const page =
      '<meta charset="x-made-up"><p>Le ministre a déclaré que les négociations reprendront.</p>';
    expect(decodeOk(encodeSingleByte(page, 'windows-1252')).encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 with one damaged byte as UTF-8', () => {
    const bytes = utf8(RUSSIAN);
    const damaged = Uint8Array.from([...bytes.subarray(0, 40), 0xff, ...bytes.subarray(40)]);
    const result = decodeOk(damaged);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain('Министр');
  });

  it('refuses an empty file', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ ok: false, error: 'empty file' });
  });

  it('names a PNG image', () => {
    const png = Uint8Array.of(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
    );
    expect(decodeBytes(png)).toEqual({ ok: false, error: 'binary file (looks like PNG image)' });
  });

  it('calls bytes full of NULs and control codes binary', () => {
    const noise = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256);
    expect(decodeBytes(noise)).toEqual({ ok: false, error: 'binary file' });
  });
});

describe('describeBinary', () => {
  it('names a PDF and a ZIP', () => {
    expect(describeBinary(utf8('%PDF-1.7\n%âãÏÓ'))).toBe('binary file (looks like PDF document)');
    expect(describeBinary(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0))).toBe(
      'binary file (looks like ZIP archive or Office document)',
    );
  });

  it('accepts text that starts with a printable signature', () => {
    expect(describeBinary(utf8('MZ Group reports record profits'))).toBeNull();
  });
});

describe('cyrillicPlausibility', () => {
  it('scores real Russian above its KOI8-R misreading', () => {
    const misread = new TextDecoder('koi8-r').decode(encodeSingleByte(RUSSIAN, 'windows-1251'));
    expect(cyrillicPlausibility(RUSSIAN)).toBeGreaterThan(cyrillicPlausibility(misread));
  });
});
