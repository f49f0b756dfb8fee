// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Output } from '../../../shared/api/contract.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { createFakeApi } from '../test-support/fake-api.ts';
import { AgreementTab } from './AgreementTab.tsx';
import { makeRow, testBooks } from './test-data.ts';

afterEach(cleanup);

const codes = new Map(testBooks[0]?.codes.map((code) => [code.id, code]));

function result(coders: string[]): Output<'annotations.agreement'> {
  return {
    coders,
    articleCount: 2,
    unitCount: 12,
    perCode: [
      {
        codeId: 'security',
        name: 'Security and defense',
        applied: coders.map((_, i) => 4 + i),
        kappa: coders.length === 2 ? 0.62 : null,
        alpha: 0.6,
        percentAgreement: 0.833,
      },
    ],
    overallAlpha: 0.55,
    disagreements: [
      {
        articleId: 'cgtn',
        articleTitle: 'Russia, NATO military chiefs agree',
        passageIndex: 3,
        start: 100,
        end: 180,
        text: 'demonstrates a clear mutual interest',
        byCoder: { anna: ['security'], boris: [] },
      },
    ],
  };
}

describe('AgreementTab', () => {
  it('asks for a second coder when only one has coded', () => {
    const api = createFakeApi({});
    render(
      <ApiProvider client={api}>
        <AgreementTab
          rows={[makeRow('r1')]}
          books={testBooks}
          codes={codes}
          onOpenPassage={vi.fn()}
        />
      </ApiProvider>,
    );
    expect(screen.getByText('Agreement needs two coders')).toBeTruthy();
  });

  it('compares the chosen coders: kappa for two, counts per coder, disagreeing passages', async () => {
    const api = createFakeApi({ 'annotations.agreement': ({ coders }) => result(coders) });
    const onOpenPassage = vi.fn();
    render(
      <ApiProvider client={api}>
        <AgreementTab
          rows={[
            makeRow('r1'),
            makeRow('r2', { coder: 'boris' }),
            makeRow('r3', { coder: 'chen' }),
          ]}
          books={testBooks}
          codes={codes}
          onOpenPassage={onOpenPassage}
        />
      </ApiProvider>,
    );
    const compare = screen.getByRole('button', { name: 'Compare coders' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'anna' }));
    expect(compare).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'boris' }));
    fireEvent.click(compare);
    const table = await screen.findByRole('table', { name: 'Agreement per code' });
    expect(api.calls.at(-1)).toEqual({
      method: 'annotations.agreement',
      input: { coders: ['anna', 'boris'] },
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Code', 'Kappa', 'Alpha', 'Agreement', 'anna', 'boris']);
    const cells = within(table)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Security and defense',
      '0.62substantial',
      '0.60moderate',
      '83%',
      '4',
      '5',
    ]);
    expect(screen.getByRole('status').textContent).toContain('overall alpha 0.55 (moderate)');

    const passage = screen.getByText('demonstrates a clear mutual interest').closest('li');
    expect(passage?.textContent).toContain('no code');
    fireEvent.click(
      within(passage as HTMLElement).getByRole('button', { name: 'Open in the reader' }),
    );
    expect(onOpenPassage).toHaveBeenCalledWith('cgtn', 100, 180);

    // Three coders: alpha only.
    fireEvent.click(screen.getByRole('checkbox', { name: 'chen' }));
    fireEvent.click(compare);
    await screen.findByText(/anna, boris, chen/);
    const three = screen.getByRole('table', { name: 'Agreement per code' });
    expect(within(three).queryByRole('columnheader', { name: 'Kappa' })).toBeNull();
  });
});
