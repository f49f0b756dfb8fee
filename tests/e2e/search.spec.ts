import type { Page } from '@playwright/test';
import { expect, sampleTitles, shot, test } from './host-fixture.ts';
import { openSampleLibrary, openSampleStoryInCompare } from './library-page.ts';

function searchView(page: Page) {
  const region = page.getByRole('region', { name: 'Search' });
  const results = region.getByRole('listbox', { name: 'Search results' });
  return {
    region,
    box: region.getByRole('combobox', { name: 'Search the library' }),
    results,
    groups: results.getByRole('group'),
    status: region.getByRole('status').first(),
  };
}

async function openSearch(page: Page, url: string) {
  await openSampleLibrary(page, url);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Search' })
    .click();
  const view = searchView(page);
  await expect(view.box).toBeFocused();
  return view;
}

test('a misspelt quote finds the CGTN passage first, and Enter lands on it in the reader', async ({
  page,
  host,
}) => {
  const view = await openSearch(page, host.url);
  await shot(page, 'search-start');
  await view.box.pressSequentially('not aimed against any third contry', { delay: 15 });

  const first = view.groups.first();
  await expect(first).toHaveAccessibleName(sampleTitles.cgtn);
  await expect(first.locator('mark').first()).toHaveText('not aimed against any third country');
  await expect(first.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(view.status).toContainText(/\d+ passages? in \d+ articles? · \d+ ms/);
  await shot(page, 'search-results-en');

  await view.box.press('Enter');
  const article = page.getByRole('article', { name: sampleTitles.cgtn });
  const target = article.getByTestId('reader-target');
  await expect(target).toBeInViewport();
  await expect(target.locator('mark')).toHaveText('not aimed against any third country');
  await expect(target).toHaveCSS('animation-name', 'reader-flash');
  await shot(page, 'search-reader-landing');

  await page.getByRole('button', { name: '← Search results' }).click();
  await expect(view.box).toHaveValue('not aimed against any third contry');
  await view.box.fill('');
  await expect(view.region.getByRole('region', { name: 'Recent searches' })).toContainText(
    'not aimed against any third contry',
  );
});

test('a Russian quote with a typo finds the Segodnya article', async ({ page, host }) => {
  const view = await openSearch(page, host.url);
  await view.box.fill('Мы усилили нашу колективную безопасность');
  const first = view.groups.first();
  await expect(first).toHaveAccessibleName(sampleTitles.segodnya);
  await expect(first.locator('mark').first()).toContainText('коллективную безопасность');
  await shot(page, 'search-results-ru');
});

test('filters narrow the hits and an empty result suggests removing them', async ({
  page,
  host,
}) => {
  const view = await openSearch(page, host.url);
  await view.box.fill('NATO military contact');
  await expect(view.groups.nth(1)).toBeVisible();
  await shot(page, 'search-results-many');
  await view.region.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await view.box.fill('not aimed against any third country');
  await expect(view.region.getByText('No passage matches')).toBeVisible();
  await shot(page, 'search-no-matches');
  await view.region.getByRole('button', { name: 'Search without filters' }).click();
  await expect(view.groups.first()).toHaveAccessibleName(sampleTitles.cgtn);
});

test('a saved search comes back with its filters and can be deleted', async ({ page, host }) => {
  const view = await openSearch(page, host.url);
  const language = view.region.getByRole('combobox', { name: 'Language' });
  await language.selectOption('en');
  await view.box.fill('military chiefs');
  await expect(view.groups.first()).toBeVisible();
  await view.region.getByRole('button', { name: 'Save search…' }).click();
  const form = view.region.getByRole('form', { name: 'Save search' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Chiefs');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await view.box.fill('');
  await language.selectOption('');
  const saved = view.region.getByRole('region', { name: 'Saved searches' });
  await expect(saved.getByRole('button', { name: /^Chiefs/ })).toBeVisible();
  await shot(page, 'search-start-lists');
  await saved.getByRole('button', { name: /^Chiefs/ }).click();
  await expect(view.box).toHaveValue('military chiefs');
  await expect(language).toHaveValue('en');
  await view.box.fill('');
  await saved.getByRole('button', { name: 'Delete saved search Chiefs' }).click();
  await expect(saved.getByRole('button', { name: /^Chiefs/ })).toHaveCount(0);
});

test('Ctrl+K jumps to an article by a fuzzy title, Ctrl+F focuses the search box', async ({
  page,
  host,
}) => {
  await openSampleLibrary(page, host.url);
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Jump to' });
  await expect(input).toBeFocused();
  await input.pressSequentially('millitary chefs agre', { delay: 10 });
  const articleOption = palette
    .getByRole('option')
    .filter({ hasText: /^Article/ })
    .filter({ hasText: sampleTitles.cgtn });
  await expect(articleOption).toBeVisible();
  await shot(page, 'search-palette');
  // Keyboard only: step down to the article entry, then open it.
  while ((await articleOption.getAttribute('aria-selected')) !== 'true') {
    await input.press('ArrowDown');
  }
  await input.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('article', { name: sampleTitles.cgtn })).toBeVisible();

  await page.keyboard.press('Control+F');
  await expect(searchView(page).box).toBeFocused();
});

test('the palette filters the library by an outlet', async ({ page, host }) => {
  await openSampleLibrary(page, host.url);
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Jump to' }).fill('Segodnya');
  await palette.getByRole('option').filter({ hasText: 'Outlet' }).first().click();
  await expect(page.getByRole('button', { name: 'Outlet filter: Segodnya' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Library' }).getByRole('status').first(),
  ).toHaveText('1 article match');
});

test('find elsewhere traces a selected quote through the other articles', async ({
  page,
  host,
}) => {
  const view = await openSearch(page, host.url);
  await view.box.fill('between Gerasimov and Pavel on March 3');
  await view.groups.first().getByRole('option').first().click();
  const article = page.getByRole('article', { name: sampleTitles.cgtn });
  const mark = article.getByTestId('reader-target').locator('mark');
  await expect(mark).toBeInViewport();

  // Select three words of the passage, as a drag across them would.
  await mark.evaluate((element) => {
    const text = element.firstChild;
    const at = text?.textContent?.indexOf('Gerasimov and Pavel') ?? -1;
    if (!text || at < 0) throw new Error('the marked passage lost its words');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'Gerasimov and Pavel'.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  const button = page.getByRole('button', { name: 'Find elsewhere' });
  await expect(button).toBeVisible();
  await shot(page, 'search-find-elsewhere-button');
  await button.click();

  await expect(view.box).toHaveValue('Gerasimov and Pavel');
  await expect(view.region.getByText('Searching other articles')).toBeVisible();
  await expect(view.groups.first()).toHaveAccessibleName(sampleTitles.sputnik);
  await expect(view.results.getByRole('group', { name: sampleTitles.cgtn })).toHaveCount(0);
  await shot(page, 'search-find-elsewhere');

  await view.region.getByRole('button', { name: 'Search everywhere' }).click();
  await expect(view.results.getByRole('group', { name: sampleTitles.cgtn })).toHaveCount(1);
});

test('find elsewhere lists the Russian translation of a CGTN sentence as a cross-language match', async ({
  page,
  host,
}) => {
  const sentence =
    'demonstrates a clear mutual interest to maintain the military lines of communication';
  const view = await openSearch(page, host.url);
  await view.box.fill(sentence);
  await view.groups.first().getByRole('option').first().click();
  const article = page.getByRole('article', { name: sampleTitles.cgtn });
  const mark = article.getByTestId('reader-target').locator('mark');
  await expect(mark).toBeInViewport();

  await mark.evaluate((element, quote) => {
    const text = element.firstChild;
    const at = text?.textContent?.indexOf(quote) ?? -1;
    if (!text || at < 0) throw new Error('the marked passage lost its words');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + quote.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, sentence);
  await page.getByRole('button', { name: 'Find elsewhere' }).click();

  const other = view.region.getByRole('region', { name: 'In other languages' });
  await expect(other).toContainText('not translation');
  const first = other.getByRole('listitem').first();
  await expect(first).toContainText(sampleTitles.segodnya);
  await expect(first).toContainText('lines of communication');
  await shot(page, 'search-find-elsewhere-cross-language');

  await first.getByRole('button').click();
  const segodnya = page.getByRole('article', { name: sampleTitles.segodnya });
  await expect(segodnya.getByTestId('reader-target')).toBeInViewport();
  await expect(segodnya.getByTestId('reader-target')).toContainText('линии связи');
});

test('find elsewhere from a compare column searches the other articles and languages', async ({
  page,
  host,
}) => {
  const sentence =
    'demonstrates a clear mutual interest to maintain the military lines of communication';
  await openSampleStoryInCompare(page, host.url);
  const grid = page.getByRole('table', { name: 'Aligned passages' });
  const cell = grid.locator('[data-article]').filter({ hasText: sentence }).first();
  await expect(cell).toBeVisible();
  await cell.scrollIntoViewIfNeeded();

  // Framing highlights split the sentence into several text nodes: select across them.
  await cell.evaluate((element, quote) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const whole = nodes.map((node) => node.data).join('');
    const at = whole.indexOf(quote);
    if (at < 0) throw new Error('the cell does not hold the sentence');
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset past the cell text');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + quote.length));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, sentence);
  await page.getByRole('button', { name: 'Find elsewhere' }).click();

  const view = searchView(page);
  await expect(view.box).toHaveValue(sentence);
  await expect(view.region.getByText('Searching other articles')).toBeVisible();
  const other = view.region.getByRole('region', { name: 'In other languages' });
  await expect(other.getByRole('listitem').first()).toContainText(sampleTitles.segodnya);
});
