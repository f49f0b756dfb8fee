import type { Page } from '@playwright/test';
import { expect, sampleTitles, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary, openSampleStoryInCompare } from './library-page.ts';

function legend(page: Page) {
  return page.getByRole('group', { name: 'Framing highlights' });
}

test('the reader highlights a hedge with its reason, and the legend turns hedges off', async ({
  page,
  host,
}) => {
  await openSampleLibrary(page, host.url);
  await library(page).row(sampleTitles.cgtn).click();
  const article = page.getByRole('article');
  const hedge = article.locator('.cue--hedge', { hasText: 'is believed to be' });
  await expect(hedge).toBeVisible();
  await hedge.hover();
  await expect(page.getByRole('tooltip')).toContainText('Hedge');
  await expect(legend(page).getByRole('button', { name: /^Hedge \d+$/ })).toBeVisible();
  await expect(article.getByTestId('frame-tag').first()).toBeVisible();
  await shot(page, 'framing-reader-en');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'framing-reader-en-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const hedges = legend(page).getByRole('button', { name: /^Hedge / });
  await hedges.click();
  await expect(hedges).toHaveAttribute('aria-pressed', 'false');
  await expect(article.locator('.cue--hedge')).toHaveCount(0);
  await expect(article).toContainText('is believed to be');
  await shot(page, 'framing-reader-en-hedges-off');

  // The choice is remembered: another article opens with hedges still off.
  await page.getByRole('button', { name: '← Library' }).click();
  await library(page).row(sampleTitles.segodnya).click();
  await expect(page.getByRole('article').locator('.cue').first()).toBeVisible();
  await expect(legend(page).getByRole('button', { name: /^Hedge / })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await hedges.click();
  await expect(page.getByRole('article').locator('.cue--hedge').first()).toBeVisible();
  await shot(page, 'framing-reader-ru');
});

test('the compare view marks contested terms per column and counts cues in each header', async ({
  page,
  host,
}) => {
  await openSampleStoryInCompare(page, host.url);

  const grid = page.getByRole('table', { name: 'Aligned passages' });
  const sputnik = grid.getByRole('columnheader', { name: /^Sputnik:/ });
  await expect(sputnik).toBeVisible();
  const term = grid.locator('.cue--contested-term', { hasText: /foreign-sponsored\scoup/ });
  await expect(term).toHaveCount(1);
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  await expect(page.getByRole('tooltip')).toContainText('Contested term');
  const termBox = await term.boundingBox();
  const headBox = await sputnik.boundingBox();
  if (!termBox || !headBox) throw new Error('the term or the Sputnik column is not laid out');
  expect(termBox.x).toBeGreaterThanOrEqual(headBox.x);
  expect(termBox.x).toBeLessThan(headBox.x + headBox.width);

  const counts = sputnik.getByRole('list', { name: 'Framing cues by kind' });
  await expect(counts.locator('[data-kind="contested-term"]')).toContainText(/\d+/);
  for (const outlet of ['CGTN', 'RT', 'Segodnya']) {
    await expect(
      grid
        .getByRole('columnheader', { name: new RegExp(`^${outlet}:`) })
        .getByRole('list', { name: 'Framing cues by kind' }),
    ).toBeVisible();
  }
  await shot(page, 'framing-compare');

  const terms = page
    .getByRole('group', { name: 'Framing highlights' })
    .getByRole('button', { name: /^Contested term / });
  await terms.click();
  await expect(grid.locator('.cue--contested-term')).toHaveCount(0);
  await expect(counts.locator('[data-kind="contested-term"]')).toHaveCount(0);
  await terms.click();
  const russian = grid.locator('[role="cell"][lang="ru"]').first();
  await russian.scrollIntoViewIfNeeded();
  await shot(page, 'framing-compare-ru');
});
