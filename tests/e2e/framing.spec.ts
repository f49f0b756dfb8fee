import type { Page } from '@playwright/test';
import { expect, sampleTitles, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

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
  await expect(hedge).toHaveAttribute('title', /^Hedge — /);
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
