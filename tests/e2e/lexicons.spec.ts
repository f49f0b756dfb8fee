import type { Page } from '@playwright/test';
import { expect, sampleTitles, shot, test } from './host-fixture.ts';
import { library, openSampleLibrary } from './library-page.ts';

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
}

async function openEditor(page: Page, language: string, kind: string) {
  await nav(page, 'Lexicons').click();
  await page
    .getByRole('navigation', { name: 'Lexicon files' })
    .getByRole('group', { name: language })
    .getByRole('button', { name: new RegExp(`^${kind}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${kind}`) })).toBeVisible();
}

async function openCgtn(page: Page) {
  await nav(page, 'Library').click();
  await library(page).row(sampleTitles.cgtn).click();
  await expect(page.getByRole('article').locator('.cue').first()).toBeVisible();
}

test('disabling a lexicon entry removes its highlight, enabling brings it back', async ({
  page,
  host,
}) => {
  await openSampleLibrary(page, host.url);
  await library(page).row(sampleTitles.cgtn).click();
  const article = page.getByRole('article');
  const hedge = article.locator('.cue--hedge', { hasText: 'is believed to be' });
  await expect(hedge).toBeVisible();

  // Find the entry behind the highlight in the editor.
  await openEditor(page, 'English', 'Hedges');
  await expect(page.getByText('Version', { exact: true })).toBeVisible();
  await expect(page.getByText(/Hyland/).first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('is believed to be');
  const toggle = page.getByRole('switch', { name: /^Enabled: .*believed/ }).first();
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  const row = page.getByRole('row').filter({ has: toggle });
  await expect(row.getByText('edited', { exact: true })).toBeVisible();
  await shot(page, 'lexicons-entry-disabled');

  await openCgtn(page);
  await expect(article).toContainText('is believed to be');
  await expect(hedge).toHaveCount(0);

  await openEditor(page, 'English', 'Hedges');
  await page.getByRole('combobox', { name: 'Show entries' }).selectOption('changed');
  await page.getByRole('button', { name: /^Reset to shipped .*believed/ }).click();
  await expect(page.getByText('No entry matches.')).toBeVisible();

  await openCgtn(page);
  await expect(hedge).toBeVisible();
});

test('an added entry highlights its word in the reader', async ({ page, host }) => {
  await openSampleLibrary(page, host.url);
  await library(page).row(sampleTitles.cgtn).click();
  const article = page.getByRole('article');
  await expect(article).toContainText('Baku');
  await expect(article.locator('.cue--loaded', { hasText: 'Baku' })).toHaveCount(0);

  await openEditor(page, 'English', 'Loaded wording');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await page.getByLabel('Patterns, one per line').fill('Baku');
  await page.getByLabel('Why it is flagged (shown in the tooltip)').fill('A test: the place name.');
  await page.getByLabel('Try it on a text').fill('The meeting in Baku ended.');
  await expect(page.getByTestId('pattern-preview').locator('mark')).toHaveText('Baku');
  await shot(page, 'lexicons-add-entry');
  await page.getByRole('button', { name: 'Save new entry' }).click();
  await expect(page.getByRole('form')).toHaveCount(0);
  await expect(page.getByText('user-baku')).toBeVisible();
  await expect(page.getByText('added', { exact: true })).toBeVisible();

  await openCgtn(page);
  const added = article.locator('.cue--loaded', { hasText: 'Baku' });
  await expect(added).toBeVisible();
  await added.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('A test: the place name.');
});

test('a highlight is reachable by keyboard, and its tooltip disables the entry at once', async ({
  page,
  host,
}) => {
  await openSampleLibrary(page, host.url);
  await library(page).row(sampleTitles.cgtn).click();
  const article = page.getByRole('article');
  await expect(article.locator('.cue').first()).toBeVisible();

  await article
    .locator('p')
    .first()
    .click({ position: { x: 2, y: 2 } });
  let focusedCue = false;
  for (let i = 0; i < 30 && !focusedCue; i += 1) {
    await page.keyboard.press('Tab');
    focusedCue = await page.evaluate(
      () => document.activeElement?.classList.contains('cue') === true,
    );
  }
  expect(focusedCue).toBe(true);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const focused = page.locator('.cue:focus');
  const describedBy = await focused.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(tooltip).toHaveAttribute('id', describedBy ?? '');
  const kind = await focused.getAttribute('data-cue-kind');
  await shot(page, 'lexicons-tooltip-focus');

  // Arrow keys move to the next highlight of the paragraph; Esc closes the tooltip.
  const firstText = await focused.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toBeVisible();
  expect(await page.locator('.cue:focus').textContent()).not.toBe(firstText);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);

  // A reporting verb offers its entry's actions; Enter reaches them.
  const said = article.locator('.cue--reporting-verb', { hasText: /^said$/ }).first();
  await said.focus();
  await expect(tooltip).toContainText('Reporting verb');
  await page.keyboard.press('Enter');
  const disable = page.getByRole('button', { name: 'Disable this entry' });
  await expect(disable).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(article.locator('.cue--reporting-verb', { hasText: /^said$/ })).toHaveCount(0);
  await expect(article).toContainText('said');
  expect(kind).toBeTruthy();
});
