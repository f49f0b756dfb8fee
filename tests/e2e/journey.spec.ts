import { expect, fixturePath, sampleTitles, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

const importedTitle = 'Baltic states agree to pool ferry safety inspections after winter storms';

test('a user imports an article, reads it with its removed lines, and fixes its outlet', async ({
  page,
  host,
}) => {
  const initialCount = await openSampleLibrary(page, host.url);
  const lib = library(page);
  await expect(lib.row(sampleTitles.cgtn)).toBeVisible();
  await expect(lib.row(sampleTitles.segodnya)).toBeVisible();
  await shot(page, 'library');

  await lib.importFiles.setInputFiles(fixturePath('baltic-ferry-inspections.txt'));
  const report = page.getByRole('complementary', { name: 'Import report' });
  await expect(report.getByRole('group', { name: 'Imported' })).toContainText(importedTitle);
  await expect(lib.row(importedTitle)).toBeVisible();
  await expect(lib.rows).toHaveCount(initialCount + 1);
  await shot(page, 'import-report-success');

  await report.getByRole('button', { name: 'Close import report' }).click();
  await lib.row(importedTitle).click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(importedTitle);
  await expect(reader).toContainText('Transport ministers of Estonia, Latvia and Lithuania');
  await expect(reader).not.toContainText('chrome · share widget');

  await page.getByRole('switch', { name: /Show removed lines/ }).check();
  const sourceLines = page.getByRole('list', { name: 'Source lines' });
  await expect(sourceLines.getByText('chrome · share widget').first()).toBeVisible();
  await expect(sourceLines.getByText('Tweet', { exact: true })).toBeVisible();
  await shot(page, 'reader-removed-lines-en');

  const metadata = page.getByRole('region', { name: 'Metadata' });
  await metadata.getByRole('button', { name: 'Edit' }).click();
  await metadata.getByRole('combobox', { name: 'Outlet' }).fill('ERR News');
  await shot(page, 'metadata-editor');
  await metadata.getByRole('button', { name: 'Save' }).click();
  await expect(metadata.getByRole('button', { name: 'Edit' })).toBeVisible();
  await expect(metadata).toContainText('ERR News');
  await expect(metadata).toContainText('edited by you');
  await shot(page, 'metadata-saved');

  await page.reload();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(
    importedTitle,
  );
  const reloaded = page.getByRole('region', { name: 'Metadata' });
  await expect(reloaded).toContainText('ERR News');
  await expect(reloaded).toContainText('edited by you');

  await page.getByRole('button', { name: '← Library' }).click();
  await expect(lib.row(importedTitle)).toContainText('ERR News');
});

test('a Russian article reads well with its removed lines revealed', async ({ page, host }) => {
  await openSampleLibrary(page, host.url);
  await library(page).row(sampleTitles.segodnya).click();
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(sampleTitles.segodnya);
  await shot(page, 'reader-ru');
  await page.getByRole('switch', { name: /Show removed lines/ }).check();
  await expect(
    page.getByRole('list', { name: 'Source lines' }).locator('.line-label').first(),
  ).toBeVisible();
  await shot(page, 'reader-removed-lines-ru');
});
