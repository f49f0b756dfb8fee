import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
    .getByRole('group', { name: 'Failed' });
  const reasons: [string, RegExp][] = [
    ['empty-notes.txt', /empty/i],
    ['scanned-page.txt', /binary|png|not text/i],
  ];
  for (const [file, reason] of reasons) {
    const line = failed.getByRole('listitem').filter({ hasText: file });
    await expect(line).toBeVisible();
    await expect(line.locator('.report-line__detail--error')).toHaveText(reason);
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
  await expect(report.getByRole('group', { name: 'Imported' })).toBeVisible();
  await report.getByRole('button', { name: 'Close import report' }).click();

  await lib.importFiles.setInputFiles(fixturePath('baltic-ferry-inspections.txt'));
  const skipped = report.getByRole('group', { name: 'Duplicates skipped' });
  await expect(skipped).toContainText(
    'duplicate of Baltic states agree to pool ferry safety inspections',
  );
  await shot(page, 'import-report-duplicate');
  await skipped.getByRole('link', { name: /Baltic states agree/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(
    /Baltic states agree to pool ferry safety inspections/,
  );
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(lib.rows).toHaveCount(initialCount + 1);
});

test('a picked folder is imported with paths relative to it, and non-articles are refused', async ({
  page,
  host,
}, testInfo) => {
  const folder = testInfo.outputPath('wire');
  await mkdir(path.join(folder, '2019'), { recursive: true });
  const article = await readFile(fixturePath('baltic-ferry-inspections.txt'), 'utf8');
  for (let n = 1; n <= 30; n += 1) {
    const update = `Update ${n}: the ministers confirmed inspection round ${n}.`;
    await writeFile(path.join(folder, '2019', `story-${n}.txt`), `${article}\n${update}\n`);
  }
  await writeFile(path.join(folder, 'budget.pdf'), '%PDF-1.4 not an article');
  const initialCount = await openSampleLibrary(page, host.url);
  const lib = library(page);

  await page.getByTestId('import-folder-input').setInputFiles(folder);
  const report = page.getByRole('complementary', { name: 'Import report' });
  await expect(report.getByRole('status')).toContainText('30 imported');
  await expect(report.getByRole('group', { name: 'Failed' })).toContainText('wire/budget.pdf');
  await report.getByRole('group', { name: 'Imported' }).getByText('Imported').click();
  await expect(report.getByText('wire/2019/story-7.txt', { exact: true })).toBeVisible();
  await expect(lib.status).toHaveText(`${initialCount + 30} articles`);
});
