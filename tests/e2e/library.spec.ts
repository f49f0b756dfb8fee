import { expect, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

test('filtering by language shows only Russian articles', async ({ page, host }) => {
  const initialCount = await openSampleLibrary(page, host.url);
  const lib = library(page);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(lib.status).toHaveText('1 article match');
  await expect(lib.rows).toHaveCount(1);
  expect(await lib.columnTexts(2)).toEqual(['Russian']);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(lib.rows).toHaveCount(initialCount);
});

test('sorting by date orders the rows by publication date, both ways', async ({ page, host }) => {
  await openSampleLibrary(page, host.url);
  const lib = library(page);
  const published = page.getByRole('columnheader', { name: /Published/ });
  const datedRows = async () =>
    (await lib.columnTexts(3)).filter((text) => /^\d{4}-\d{2}-\d{2}$/.test(text));

  await published.getByRole('button').click();
  await expect(published).toHaveAttribute('aria-sort', 'descending');
  await expect(lib.grid).toHaveAttribute('aria-busy', 'false');
  const descending = await datedRows();
  expect(descending.length).toBeGreaterThanOrEqual(2);
  expect(descending).toEqual([...descending].sort().reverse());

  await published.getByRole('button').click();
  await expect(published).toHaveAttribute('aria-sort', 'ascending');
  await expect(lib.grid).toHaveAttribute('aria-busy', 'false');
  expect(await datedRows()).toEqual([...descending].reverse());
});

test('a title filter that matches nothing says so and offers to clear it', async ({
  page,
  host,
}) => {
  const initialCount = await openSampleLibrary(page, host.url);
  const lib = library(page);
  await page.getByRole('searchbox', { name: 'Filter by title' }).fill('zzzz no such headline');
  await expect(page.getByText('No articles match these filters')).toBeVisible();
  await page
    .getByRole('region', { name: 'Library' })
    .getByRole('button', { name: 'Clear filters' })
    .first()
    .click();
  await expect(lib.rows).toHaveCount(initialCount);
});
