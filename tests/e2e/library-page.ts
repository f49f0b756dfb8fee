/** Locators for the library screen, shared by the specs. */
import type { Page } from '@playwright/test';

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
