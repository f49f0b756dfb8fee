import { expect, sampleTitles, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

test('an edit the backend refuses shows its message inline and changes nothing', async ({
  page,
  host,
}) => {
  await openSampleLibrary(page, host.url);
  await library(page).row(sampleTitles.rt).click();
  const metadata = page.getByRole('region', { name: 'Metadata' });
  await metadata.getByRole('button', { name: 'Edit' }).click();
  await metadata.getByRole('textbox', { name: 'Title' }).fill('   ');
  await metadata.getByRole('button', { name: 'Save' }).click();

  await expect(metadata.getByRole('alert')).toContainText(/title cannot be empty/i);
  await shot(page, 'metadata-editor-error');
  await metadata.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(
    sampleTitles.rt,
  );
});

test('an article that does not exist gets a clear message, not a blank screen', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}/#/article/no-such-article`);
  await expect(page.getByRole('alert')).toContainText('This article could not be opened.');
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(library(page).row(sampleTitles.cgtn)).toBeVisible();
});
