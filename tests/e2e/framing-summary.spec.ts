import { readFile } from 'node:fs/promises';
import { expect, sampleTitles, shot, test } from './host-fixture.ts';
import { openSampleStoryInCompare } from './library-page.ts';

test('the compare view opens a framing summary per outlet and exports it as an HTML report', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1440, height: 960 });
  await openSampleStoryInCompare(page, host.url);
  const grid = page.getByRole('table', { name: 'Aligned passages' });
  await expect(grid).toBeVisible();

  const toggle = page.getByRole('button', { name: 'Summary', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('region', { name: 'Framing summary' });
  const table = panel.getByRole('table', { name: 'Framing by outlet' });
  await expect(table).toBeVisible();
  for (const outlet of ['CGTN', 'Sputnik', 'RT', 'PanARMENIAN.Net', 'Segodnya']) {
    await expect(table.getByRole('columnheader', { name: new RegExp(`^${outlet}`) })).toBeVisible();
  }

  // Term choices from the contested sets, per outlet.
  const ukraine = table.getByRole('row').filter({ hasText: 'Ukraine 2014' });
  await expect(ukraine).toContainText('foreign-sponsored coup');
  await expect(ukraine).toContainText('the situation in Ukraine');
  await expect(ukraine).toContainText('Russian usage');
  await expect(table.getByRole('row').filter({ hasText: 'Ukrainian place names' })).toContainText(
    'Kiev',
  );
  // Voices: Sputnik gives nearly all its quoted words to the Russian side.
  const voices = table.getByRole('row').filter({ hasText: 'Voices quoted' });
  await expect(voices).toContainText('Dmitry Danilov');
  await expect(
    table.getByRole('img', { name: /^Quoted words by side: Russia 9\d%/ }).first(),
  ).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Hedges' })).toContainText(/\d+\.\d/);
  // One frame chart per outlet, each naming its leading frame.
  const charts = panel.getByTestId('frame-chart');
  await expect(charts).toHaveCount(5);
  await expect(charts.first().getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Frame profile: Security & defence \d+%/,
  );
  await expect(panel.getByRole('list', { name: 'Contradictions' })).toContainText(
    'held at NATO’s initiative',
  );
  // The grid stays on screen below the panel.
  await expect(grid).toBeVisible();
  await shot(page, 'framing-summary-panel');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'framing-summary-panel-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await panel
    .getByRole('table')
    .evaluate((el) => el.closest('.framing-summary__body')?.scrollBy(0, 600));
  await shot(page, 'framing-summary-panel-terms');

  // A contradiction takes the grid to the row that holds its passage.
  await panel
    .getByRole('list', { name: 'Contradictions' })
    .getByRole('listitem')
    .filter({ hasText: 'held at NATO’s initiative' })
    .getByRole('button', { name: 'Show this CGTN passage in the grid' })
    .click();
  await expect(
    grid.getByRole('cell').filter({ hasText: 'held at NATO’s initiative' }).first(),
  ).toBeInViewport();
  await shot(page, 'framing-summary-show-in-grid');

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export HTML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^framing-report-.+\.html$/);
  const html = await readFile((await file.path())!, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).not.toMatch(/<script|<link|\ssrc=/i);
  for (const title of Object.values(sampleTitles)) {
    expect(html).toContain(title.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
  }
  expect(html).toContain('foreign-sponsored coup');
  expect(html).toContain('<span class="hit">held at NATO’s initiative</span>');
  await expect(panel.getByRole('status').last()).toHaveText(/^Exported framing-report-/);

  // In the browser there is no PDF printer: the panel says what to do instead.
  await panel.getByRole('button', { name: 'Export PDF' }).click();
  await expect(panel.getByRole('status').last()).toHaveText(/print it to PDF/);

  await panel.getByRole('button', { name: 'Close the framing summary' }).click();
  await expect(panel).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(grid).toBeVisible();
});
