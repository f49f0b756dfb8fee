import { expect, fixturePath, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

test('bad files are listed as failed with a reason, and nothing else is lost', async ({
  page,
  host,
}) => {
  const initialCount = await openSampleLibrary(page, host.url);
  const lib = library(page);

  await lib.importFiles.setInputFiles([
    fixturePath('empty-notes.txt'),
    fixturePath('scanned-page.txt'),
  ]);
  const failed = page
    .getByRole('complementary', { name: 'Import report' })
    .getByRole('region', { name: 'Failed' });
  for (const file of ['empty-notes.txt', 'scanned-page.txt']) {
    const line = failed.getByRole('listitem').filter({ hasText: file });
    await expect(line).toBeVisible();
    await expect(line.locator('.report-line__detail--error')).not.toBeEmpty();
  }
  await shot(page, 'import-report-failed');
  await expect(lib.rows).toHaveCount(initialCount);
});

test('importing the same article twice skips the duplicate and names the original', async ({
  page,
  host,
}) => {
  const initialCount = await openSampleLibrary(page, host.url);
  const lib = library(page);
  const report = page.getByRole('complementary', { name: 'Import report' });

  await lib.importFiles.setInputFiles(fixturePath('baltic-ferry-inspections.txt'));
  await expect(report.getByRole('region', { name: 'Imported' })).toBeVisible();
  await report.getByRole('button', { name: 'Close import report' }).click();

  await lib.importFiles.setInputFiles(fixturePath('baltic-ferry-inspections.txt'));
  const skipped = report.getByRole('region', { name: 'Duplicates skipped' });
  await expect(skipped).toContainText(
    'duplicate of Baltic states agree to pool ferry safety inspections',
  );
  await shot(page, 'import-report-duplicate');
  await expect(lib.rows).toHaveCount(initialCount + 1);
});
