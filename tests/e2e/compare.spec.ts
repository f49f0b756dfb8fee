import type { Page } from '@playwright/test';
import { expect, fixturePath, sampleTitles, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

const rewriteTitle = 'Top Russian and NATO generals agree to stay in contact after Baku talks';
const cgtnLines =
  'demonstrates a clear mutual interest to maintain the military lines of communication';
const segodnyaLines =
  'Это демонстрирует обоюдную заинтересованность поддерживать военные линии связи';

function compareView(page: Page) {
  const grid = page.getByRole('table', { name: 'Aligned passages' });
  return {
    grid,
    headers: grid.getByRole('columnheader').filter({ hasNot: page.getByText('Match') }),
    rows: grid.locator('[data-row]'),
    insertions: grid.locator('ins.diff-ins'),
    deletions: grid.locator('del.diff-del'),
  };
}

test('a user compares a story across outlets and languages, then diffs a rewritten copy', async ({
  page,
  host,
}) => {
  await openSampleLibrary(page, host.url);
  const lib = library(page);

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Stories' })
    .click();
  const stories = page.getByRole('list', { name: 'Story list' });
  const cgtnStory = stories.getByRole('listitem').filter({ hasText: 'CGTN, Sputnik' });
  await expect(cgtnStory).toContainText('2 articles');
  await shot(page, 'compare-stories-event');

  await page.getByRole('radio', { name: 'Topic' }).click();
  await expect(page.getByRole('radio', { name: 'Topic' })).toHaveAttribute('aria-checked', 'true');
  const allFive = stories.getByRole('listitem').filter({ hasText: '5 articles' });
  await expect(allFive).toHaveCount(1);
  await allFive.locator('button[aria-expanded]').click();
  await expect(allFive.getByRole('checkbox', { name: /Pick for splitting/ })).toHaveCount(5);
  await shot(page, 'compare-stories-topic');

  await allFive.getByRole('button', { name: 'Compare' }).click();
  const view = compareView(page);
  await expect(view.headers).toHaveCount(5);
  for (const outlet of ['CGTN', 'Sputnik', 'RT', 'PanARMENIAN.Net', 'Segodnya']) {
    await expect(
      view.grid.getByRole('columnheader', { name: new RegExp(`^${outlet}:`) }),
    ).toBeVisible();
  }
  await expect(view.grid.getByRole('columnheader', { name: /^CGTN:/ })).toContainText(
    'CN · state broadcaster',
  );

  const sharedRow = view.rows.filter({ hasText: cgtnLines }).filter({ hasText: segodnyaLines });
  await expect(sharedRow).toHaveCount(1);
  await expect(view.grid.getByText(/^only in /).first()).toBeVisible();
  await expect(view.grid.getByText('not reported').first()).toBeVisible();
  await sharedRow.getByRole('cell').first().scrollIntoViewIfNeeded();
  await shot(page, 'compare-columns-ru');
  await sharedRow.getByRole('rowheader').hover();
  await expect(sharedRow.getByRole('tooltip')).toBeVisible();
  await expect(sharedRow.getByRole('tooltip')).toContainText('lines of communication');
  await shot(page, 'compare-reasons');

  await page.getByRole('tab', { name: 'Coverage matrix' }).click();
  const matrix = page.getByRole('table', { name: 'Coverage matrix' });
  await expect(matrix.getByRole('img', { name: 'reports' }).first()).toBeVisible();
  await expect(matrix.getByRole('img', { name: 'omits' }).first()).toBeVisible();
  await shot(page, 'compare-coverage');
  await page.getByRole('tab', { name: 'Side by side' }).click();
  await expect(view.grid).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Library' })
    .click();
  await lib.importFiles.setInputFiles(fixturePath('nato-generals-rewrite.txt'));
  await expect(lib.row(rewriteTitle)).toBeVisible();
  await page.getByRole('button', { name: 'Close import report' }).click();
  await lib.row(sampleTitles.cgtn).getByRole('checkbox').check();
  await lib.row(rewriteTitle).getByRole('checkbox').check();
  await shot(page, 'compare-library-pick');
  await page.getByRole('button', { name: 'Compare (2)' }).click();

  await expect(view.headers).toHaveCount(2);
  await expect(view.insertions).toHaveCount(0);
  await page.getByRole('switch', { name: /Word diff/ }).check();
  await expect(view.insertions.first()).toBeVisible();
  await expect(view.deletions.first()).toBeVisible();
  const diffRow = view.rows.filter({ hasText: 'exchanged views on the international security' });
  await expect(diffRow.locator('ins.diff-ins', { hasText: 'keep' })).toBeVisible();
  await shot(page, 'compare-diff');

  await page.reload();
  await expect(view.headers).toHaveCount(2);
  await expect(page.getByRole('switch', { name: /Word diff/ })).toBeChecked();
  await expect(view.insertions.first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2 articles');
});

test('keys step through differences and move the pivot column', async ({ page, host }) => {
  await openSampleLibrary(page, host.url);
  await library(page).row(sampleTitles.cgtn).getByRole('checkbox').check();
  await library(page).row(sampleTitles.segodnya).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  const view = compareView(page);
  await expect(view.headers).toHaveCount(2);
  const firstHeader = view.headers.first();
  const pivotName = (await firstHeader.getAttribute('aria-label')) ?? '';

  await page.keyboard.press('j');
  await expect(view.grid.locator('.compare-grid__row--active')).toHaveCount(1);
  await page.keyboard.press(']');
  await expect(view.headers.nth(1)).toHaveAttribute('aria-label', pivotName);
  const marks = page.getByRole('navigation', { name: 'Overview of rows' }).getByRole('button');
  await marks.last().click();
  const lastRow = view.rows.last();
  await expect(lastRow).toHaveClass(/compare-grid__row--active/);
  await expect(lastRow.getByRole('rowheader').getByRole('button')).toBeFocused();

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Next difference',
  );
  await shot(page, 'compare-help');
});

test('a user renames a story, splits an article off and merges it back', async ({ page, host }) => {
  await openSampleLibrary(page, host.url);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Stories' })
    .click();
  const stories = page.getByRole('list', { name: 'Story list' });
  const pair = stories.getByRole('listitem').filter({ hasText: 'CGTN, Sputnik' });
  await expect(pair).toContainText('2 articles');
  // Stories only: an opened story lists its articles as nested items.
  const storyItems = stories.locator(':scope > li');
  const before = await storyItems.count();

  await pair.getByRole('button', { name: 'Rename' }).click();
  await pair.getByRole('textbox', { name: 'Story title' }).fill('Pavel and Gerasimov, 2017');
  await pair.getByRole('button', { name: 'Save' }).click();
  const renamed = stories.getByRole('listitem').filter({ hasText: 'Pavel and Gerasimov, 2017' });
  await expect(renamed).toContainText('2 articles');

  await renamed.locator('button[aria-expanded]').click();
  await renamed
    .getByRole('checkbox', { name: `Pick for splitting: ${sampleTitles.sputnik}` })
    .check();
  await renamed.getByRole('button', { name: 'Split off 1 article' }).click();
  // The renamed story keeps its title for the article that stays in it.
  await expect(storyItems).toHaveCount(before + 1);
  const cgtn = storyItems.filter({ hasText: 'Pavel and Gerasimov, 2017' });
  // The opened renamed story offers the others as move targets: exclude it.
  const sputnik = storyItems.filter({
    hasText: sampleTitles.sputnik,
    hasNotText: 'Pavel and Gerasimov, 2017',
  });
  await expect(cgtn).toContainText('1 article');
  await expect(cgtn).toContainText('CGTN');
  await expect(sputnik).toContainText('1 article');
  await shot(page, 'compare-stories-split');

  await cgtn.getByRole('checkbox', { name: /^Pick for merging/ }).check();
  await sputnik.getByRole('checkbox', { name: /^Pick for merging/ }).check();
  await page.getByRole('button', { name: 'Merge 2 stories' }).click();
  await expect(storyItems).toHaveCount(before);
  await expect(storyItems.filter({ hasText: 'CGTN, Sputnik' })).toContainText('2 articles');
});
