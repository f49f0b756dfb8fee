import { expect, test } from './host-fixture.ts';
import { library } from './library-page.ts';

test('filtering by language shows only Russian articles', async ({ page, host }) => {
  await page.goto(host.url);
  const lib = library(page);
  await expect(lib.rows).toHaveCount(5);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(lib.status).toHaveText('1 article match');
  await expect(lib.rows).toHaveCount(1);
  expect(await lib.columnTexts(2)).toEqual(['Russian']);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(lib.rows).toHaveCount(5);
});

test('sorting by date orders the rows by publication date, both ways', async ({ page, host }) => {
  await page.goto(host.url);
  const lib = library(page);
  await expect(lib.rows).toHaveCount(5);
  const published = page.getByRole('columnheader', { name: /Published/ });
  const dated = async () =>
    (await lib.columnTexts(3)).filter((text) => /^\d{4}-\d{2}-\d{2}$/.test(text));

  await published.getByRole('button').click();
  await expect(published).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(dated).toEqual([...(await dated())].sort().reverse());
  expect((await dated()).length).toBeGreaterThanOrEqual(3);

  await published.getByRole('button').click();
  await expect(published).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(dated).toEqual([...(await dated())].sort());
});

test('a title filter that matches nothing says so and offers to clear it', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const lib = library(page);
  await expect(lib.rows).toHaveCount(5);
  await page.getByRole('searchbox', { name: 'Filter by title' }).fill('zzzz no such headline');
  await expect(page.getByText('No articles match these filters')).toBeVisible();
  await page
    .getByRole('region', { name: 'Library' })
    .getByRole('button', { name: 'Clear filters' })
    .first()
    .click();
  await expect(lib.rows).toHaveCount(5);
});
