import { describe, expect, it } from 'vitest';
import raw from '../../data/outlets.json' with { type: 'json' };
import {
  indexOf,
  isAgency,
  loadDefaultRegistry,
  normalizeName,
  parseRegistry,
  type OutletEntry,
} from './outlet-registry.ts';

const registry = loadDefaultRegistry();
const byName = (name: string): OutletEntry | undefined =>
  registry.entries.find((e) => e.name === name);
const entry = (overrides: Partial<OutletEntry>): OutletEntry => ({
  id: 'x',
  name: 'X',
  aliases: [],
  domains: [],
  country: null,
  languages: ['en'],
  affiliation: 'private',
  ...overrides,
});
const file = (
  outlets: unknown[],
  header: unknown = { kind: 'parallax.outlets', version: 1, source: 'test; CC0' },
) => ({
  header,
  outlets,
});

describe('default registry', () => {
  it('has at least 150 outlets and a source/licence line', () => {
    expect(registry.entries.length).toBeGreaterThanOrEqual(150);
    expect(raw.header.source).toMatch(/CC0/);
  });

  it('is parsed once and cached', () => {
    expect(loadDefaultRegistry()).toBe(registry);
  });

  it.each([
    'Reuters',
    'AP',
    'AFP',
    'BBC',
    'CNN',
    'The New York Times',
    'The Washington Post',
    'The Guardian',
    'The Wall Street Journal',
    'Bloomberg',
    'Al Jazeera',
    'DW',
    'France 24',
    'Euronews',
    'Politico',
    'Fox News',
    'NPR',
    'RT',
    'Sputnik',
    'TASS',
    'RIA Novosti',
    'Interfax',
    'Kommersant',
    'Vedomosti',
    'RBC',
    'Izvestia',
    'Rossiyskaya Gazeta',
    'Meduza',
    'Novaya Gazeta',
    'The Moscow Times',
    'Lenta.ru',
    'Gazeta.ru',
    'CGTN',
    'Xinhua',
    'China Daily',
    'Global Times',
    "People's Daily",
    'CCTV',
    'South China Morning Post',
    'Segodnya',
    'Ukrainska Pravda',
    'UNIAN',
    'Ukrinform',
    'The Kyiv Independent',
    'Kyiv Post',
    'RBC-Ukraine',
    'Korrespondent',
    'Censor.net',
    'Hromadske',
    'PanARMENIAN.Net',
    'Armenpress',
    'Azertac',
    'BelTA',
    'Trend',
    'Civil.ge',
    'RFE/RL',
    'Current Time',
    'Euractiv',
    'Anadolu',
    'EFE',
    'ANSA',
    'dpa',
    'Kyodo',
    'Yonhap',
  ])('lists %s', (name) => {
    expect(byName(name)).toBeDefined();
  });

  it.each([
    'AP',
    'Reuters',
    'AFP',
    'Xinhua',
    'TASS',
    'Interfax',
    'Anadolu',
    'EFE',
    'ANSA',
    'dpa',
    'Kyodo',
    'Yonhap',
    'UNIAN',
    'Ukrinform',
  ])('knows %s is a news agency', (name) => {
    const agency = byName(name);
    expect(agency !== undefined && isAgency(agency)).toBe(true);
  });

  it('does not call broadcasters or papers agencies', () => {
    for (const name of ['RT', 'CGTN', 'BBC', 'Segodnya', 'The Guardian']) {
      const e = byName(name);
      expect(e !== undefined && isAgency(e)).toBe(false);
    }
  });

  it('gives every name and alias to exactly one outlet', () => {
    const { byName: index } = indexOf(registry);
    for (const e of registry.entries) {
      for (const n of [e.name, ...e.aliases]) expect(index.get(normalizeName(n))?.id, n).toBe(e.id);
    }
  });

  it('gives every domain to exactly one outlet', () => {
    const owners = new Map<string, string>();
    for (const e of registry.entries) {
      for (const d of e.domains) {
        expect(owners.get(d), d).toBeUndefined();
        owners.set(d, e.id);
      }
    }
  });

  it.each([
    ['Сегодня', 'segodnya'],
    ['РИА Новости', 'ria-novosti'],
    ['ТАСС', 'tass'],
    ['Russia Today', 'rt'],
    ['China Global Television Network', 'cgtn'],
    ['Настоящее время', 'current-time'],
  ])('knows the alias %s', (alias, id) => {
    expect(indexOf(registry).byName.get(normalizeName(alias))?.id).toBe(id);
  });
});

describe('parseRegistry', () => {
  it('accepts a minimal valid file', () => {
    expect(parseRegistry(file([entry({ id: 'a', domains: ['a.example'] })])).entries).toHaveLength(
      1,
    );
  });

  it('rejects duplicate ids', () => {
    expect(() => parseRegistry(file([entry({ id: 'a' }), entry({ id: 'a' })]))).toThrow(
      /duplicate/,
    );
  });

  it.each(['https://rt.com', 'www.rt.com', 'rt.com/news', 'RT.COM'])(
    'rejects the domain %s',
    (domain) => {
      expect(() => parseRegistry(file([entry({ domains: [domain] })]))).toThrow();
    },
  );

  it('rejects a file without a source line', () => {
    expect(() =>
      parseRegistry(file([entry({})], { kind: 'parallax.outlets', version: 1 })),
    ).toThrow();
  });

  it('rejects a lower-case country code', () => {
    expect(() => parseRegistry(file([entry({ country: 'ru' })]))).toThrow();
  });
});

describe('normalizeName', () => {
  it.each([
    ['The New York Times', 'new york times'],
    ['  «Коммерсантъ» ', 'коммерсантъ'],
    ['PanARMENIAN.Net', 'panarmenian net'],
    ['Новая   Газета!', 'новая газета'],
    ['Ёнхап', 'енхап'],
  ])('%j → %j', (text, normal) => {
    expect(normalizeName(text)).toBe(normal);
  });
});
