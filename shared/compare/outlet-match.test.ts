import { describe, expect, it } from 'vitest';
import type { OutletInfo } from '../api/schemas.ts';
import { matchOutlet } from './outlet-match.ts';

const outlets: OutletInfo[] = [
  {
    id: 'rt',
    name: 'RT',
    country: 'RU',
    affiliation: 'state-funded',
    languages: ['en'],
    aliases: ['Russia Today'],
  },
  {
    id: 'panarmenian',
    name: 'PanARMENIAN.Net',
    country: 'AM',
    affiliation: 'news agency',
    languages: ['en'],
  },
];

describe('matchOutlet', () => {
  it('matches names ignoring case, punctuation and a leading "The"', () => {
    expect(matchOutlet('panarmenian net', outlets)?.id).toBe('panarmenian');
    expect(matchOutlet('The RT', outlets)?.id).toBe('rt');
  });

  it('matches an alias the registry records', () => {
    expect(matchOutlet('Russia Today', outlets)?.id).toBe('rt');
  });

  it('returns null for an outlet the registry does not know, or none', () => {
    expect(matchOutlet('Baltic Courier', outlets)).toBeNull();
    expect(matchOutlet(null, outlets)).toBeNull();
  });
});
