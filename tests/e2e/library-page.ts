/** Locators for the library screen, shared by the specs. */
import type { Page } from '@playwright/test';
import { expect, sampleTitles } from './host-fixture.ts';

export function library(page: Page) {
  const grid = page.getByRole('grid', { name: 'Articles' });
  return {
    grid,
    rows: grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])'),
    row: (title: string) => grid.getByRole('row').filter({ hasText: title }),
    /** The text of column `index` (0-based) of every loaded row, top to bottom. */
    columnTexts: async (index: number) => {
      const rows = await grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])').all();
      const withTop = await Promise.all(
        rows.map(async (row) => ({
          top: (await row.boundingBox())?.y ?? 0,
          text: (await row.getByRole('gridcell').nth(index).textContent()) ?? '',
        })),
      );
      return withTop.sort((a, b) => a.top - b.top).map((entry) => entry.text);
    },
    importFiles: page.getByTestId('import-files-input'),
    status: page.getByRole('region', { name: 'Library' }).getByRole('status').first(),
  };
}

/**
 * Opens the app on a new library and waits until the five sample articles are listed. Returns the
 * row count then, so specs compare against it rather than assuming the sample folder holds
 * nothing else.
 */
export async function openSampleLibrary(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const lib = library(page);
  for (const title of Object.values(sampleTitles)) await expect(lib.row(title)).toBeVisible();
  await expect(lib.status).toHaveText(/^\d+ articles?$/);
  return lib.rows.count();
}

/** From the sample library: Stories → Topic → Compare the story of all five samples. */
export async function openSampleStoryInCompare(page: Page, url: string): Promise<void> {
  await openSampleLibrary(page, url);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Stories' })
    .click();
  await page.getByRole('radio', { name: 'Topic' }).click();
  await page
    .getByRole('list', { name: 'Story list' })
    .getByRole('listitem')
    .filter({ hasText: '5 articles' })
    .getByRole('button', { name: 'Compare' })
    .click();
  // The story is open once its framing highlights are drawn (they replace the text nodes, which
  // would drop a selection made before).
  await expect(
    page.getByRole('table', { name: 'Aligned passages' }).locator('.cue').first(),
  ).toBeVisible();
}
