import type { Route } from '@playwright/test';
import { expect, test } from './host-fixture.ts';
import { library } from './library-page.ts';

const total = 100_000;

/** A synthetic `articles.list` answer for a library of 100,000 articles, computed per page. */
function fakeListPage(route: Route, requests: number[]) {
  const input = route.request().postDataJSON() as { offset?: number; limit?: number };
  const offset = input.offset ?? 0;
  const limit = input.limit ?? 200;
  requests.push(offset);
  const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => {
    const n = offset + i + 1;
    return {
      id: `synthetic-${n}`,
      file: null,
      url: null,
      title: `Synthetic article ${n}`,
      outlet: n % 2 ? 'Reuters' : 'ТАСС',
      language: n % 2 ? 'en' : 'ru',
      published: '2018-01-08',
      publishedSource: null,
      publishedConfidence: 1,
      bodyLines: [],
      captions: [],
      credits: [],
      keywords: [],
      wordCount: 300 + (n % 500),
      length: 2000,
      format: 'txt',
      encoding: 'utf-8',
      importedAt: '2024-01-01T00:00:00Z',
      editedFields: [],
    };
  });
  return route.fulfill({ json: { ok: true, value: { total, items } } });
}

test('a library of 100,000 articles scrolls end to end, fetching only the pages it shows', async ({
  page,
  host,
}) => {
  const requests: number[] = [];
  await page.route('**/api/articles.list', (route) => fakeListPage(route, requests));
  await page.goto(host.url);
  const lib = library(page);
  const titleCell = (title: string) => lib.grid.getByRole('gridcell', { name: title, exact: true });
  await expect(lib.status).toHaveText('100,000 articles');
  await expect(titleCell('Synthetic article 1')).toBeVisible();

  await lib.grid.focus();
  await page.keyboard.press('End');
  await expect(titleCell('Synthetic article 100000')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(titleCell('Synthetic article 1')).toBeVisible();

  expect(await lib.rows.count()).toBeLessThan(80);
  expect(requests.length).toBeLessThanOrEqual(6);
});

test('the keyboard opens an article and Escape returns to the same place in the list', async ({
  page,
  host,
}) => {
  await page.route('**/api/articles.list', (route) => fakeListPage(route, []));
  await page.goto(host.url);
  const lib = library(page);
  await expect(lib.status).toHaveText('100,000 articles');

  await lib.grid.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  const activeRow = lib.grid.locator('[role="row"][aria-selected="true"]');
  await expect(activeRow).toContainText('Synthetic article 99999');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/article\/synthetic-99999$/);

  await page.keyboard.press('Escape');
  await expect(lib.grid).toBeFocused();
  await expect(activeRow).toContainText('Synthetic article 99999');
  await expect(activeRow).toBeInViewport();
});
