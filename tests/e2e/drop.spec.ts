import { readFile } from 'node:fs/promises';
import { expect, fixturePath, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

test('files dropped anywhere on the window are imported', async ({ page, host }) => {
  const initialCount = await openSampleLibrary(page, host.url);
  const text = await readFile(fixturePath('baltic-ferry-inspections.txt'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped-story.txt', { type: 'text/plain' }));
    return data;
  }, text);

  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await shot(page, 'drop-overlay');
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });

  await expect(page.getByText('Drop to import')).toBeHidden();
  const report = page.getByRole('complementary', { name: 'Import report' });
  await expect(report.getByRole('group', { name: 'Imported' })).toContainText('dropped-story.txt');
  await expect(library(page).rows).toHaveCount(initialCount + 1);
});
