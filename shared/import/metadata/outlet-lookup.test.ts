import { describe, expect, it } from 'vitest';
import { hostOf, outletFromName, outletFromUrl } from './outlet-lookup.ts';
import { loadDefaultRegistry } from './outlet-registry.ts';

const registry = loadDefaultRegistry();

describe('hostOf', () => {
  it.each([
    ['https://www.rt.com/news/1-nato/', 'rt.com'],
    ['http://user:pw@News.CGTN.com:8080/a?b#c', 'news.cgtn.com'],
    ['//www2.bbc.co.uk/russian', 'bbc.co.uk'],
    ['segodnya.ua/world/x.html', 'segodnya.ua'],
    ['https://tass.ru./politics', 'tass.ru'],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it.each(['', 'not a url', 'file:///home/me/article.txt', 'https://localhost/x'])(
    'has no host in %j',
    (url) => {
      expect(hostOf(url)).toBeNull();
    },
  );
});

describe('outletFromUrl', () => {
  it.each([
    ['https://www.rt.com/news/227819-nato-russia/', 'rt'],
    ['https://russian.rt.com/world/article/1', 'rt'],
    ['https://sputniknews.com/military/201703101051428150/', 'sputnik'],
    ['https://sputnikglobe.com/20230101/x.html', 'sputnik'],
    ['https://ru.sputnik.kz/20230101/x.html', 'sputnik'],
    ['https://m.segodnya.ua/world/x.html', 'segodnya'],
    ['https://news.cgtn.com/news/2017-09-07/x.html', 'cgtn'],
    ['https://www.pravda.com.ua/rus/news/2018/01/8/', 'ukrainska-pravda'],
    ['https://edition.cnn.com/2017/09/07/europe/', 'cnn'],
    ['https://abcnews.go.com/International/', 'abc-news'],
    ['http://www.panarmenian.net/eng/news/81395/', 'panarmenian'],
  ])('%s is %s', (url, id) => {
    expect(outletFromUrl(url, registry)?.id).toBe(id);
  });

  it.each([
    'https://notrt.com/x',
    'https://rt.com.example.net/x',
    'https://go.com/',
    'https://example.org/',
  ])('does not attribute %s', (url) => {
    expect(outletFromUrl(url, registry)).toBeNull();
  });

  it('prefers the most specific domain (Interfax-Ukraine over a parent domain)', () => {
    expect(outletFromUrl('https://interfax.com.ua/news/general/1.html', registry)?.id).toBe(
      'interfax-ukraine',
    );
    expect(outletFromUrl('https://www.interfax.ru/russia/1', registry)?.id).toBe('interfax');
  });
});

describe('outletFromName', () => {
  it.each([
    ['CGTN', 'cgtn'],
    ['  cgtn ', 'cgtn'],
    ['Сегодня', 'segodnya'],
    ['РИА Новости', 'ria-novosti'],
    ['ТАСС', 'tass'],
    ['Russia Today', 'rt'],
    ['China Global Television Network', 'cgtn'],
    ['new york times', 'nyt'],
    ['«Коммерсантъ»', 'kommersant'],
    ['PanARMENIAN.Net:', 'panarmenian'],
    ['RT.com', 'rt'],
    ['Segodnya.ua', 'segodnya'],
    ['Настоящее время', 'current-time'],
  ])('%j is %s', (text, id) => {
    expect(outletFromName(text, registry)?.id).toBe(id);
  });

  it.each([
    'NATO',
    'Moscow',
    '',
    'CGTN reported that the talks went well and both sides agreed to continue contact',
  ])('names no outlet in %j', (text) => {
    expect(outletFromName(text, registry)).toBeNull();
  });
});
