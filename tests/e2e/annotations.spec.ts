/**
 * Coding passages, end to end: select words in a compare column, code them in the popover, see the
 * highlight, find it in the annotations panel, edit the article's text and see the passage still on
 * the same words, export CSV and read it back.
 */
import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expect, sampleTitles, shot, test } from './host-fixture.ts';
import { openSampleStoryInCompare } from './library-page.ts';

const quote = 'military lines of communication';
const codeName = 'Security framing';

/**
 * Selects `text` inside `container`, across however many nested spans it is drawn in, scrolled
 * into view as a user would see it.
 */
async function selectText(container: Locator, text: string): Promise<void> {
  await container.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      // Only body text: frame tags and other labels sit outside the [data-offset] pieces.
      acceptNode: (node) =>
        node.parentElement?.closest('[data-offset]')
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_REJECT,
    });
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const whole = nodes.map((node) => node.data).join('');
    const at = whole.indexOf(wanted);
    if (at < 0) throw new Error(`the text does not hold "${wanted}"`);
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, text);
}

/** The words a coded passage covers: the text of every mark drawn for it, in order. */
async function codedText(container: Locator): Promise<string> {
  const marks = container.locator('mark.anno');
  await expect(marks.first()).toBeVisible();
  const ids = (await marks.first().getAttribute('data-annotation-ids'))?.split(' ') ?? [];
  const id = ids[ids.length - 1] ?? '';
  return container
    .locator(`mark[data-annotation-ids~="${id}"]`)
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? '').join(''));
}

test('code a passage in compare, find it in the panel, edit the text, export and import CSV', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await openSampleStoryInCompare(page, host.url);
  const cell = page
    .getByRole('table', { name: 'Aligned passages' })
    .locator('[data-article]')
    .filter({ hasText: quote })
    .first();
  await expect(cell).toBeVisible();
  await cell.scrollIntoViewIfNeeded();

  // Select the words; the coding popover opens next to them.
  await selectText(cell, quote);
  const popover = page.getByRole('dialog', { name: 'Code passage' });
  await expect(popover).toBeVisible();
  await expect(popover.locator('blockquote')).toHaveText(quote);
  const filter = popover.getByRole('combobox', { name: 'Find a code' });
  // The selection stays (Find elsewhere is still offered) until the user types: then the
  // popover takes the keys.
  await expect(page.getByRole('button', { name: 'Find elsewhere' })).toBeVisible();
  await page.keyboard.type(codeName);
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue(codeName);
  // A code that does not exist yet is made from what was typed.
  await expect(popover.getByRole('option', { name: `New code “${codeName}”` })).toBeVisible();
  await filter.press('Enter');
  await expect(popover.getByRole('list', { name: 'Chosen codes' })).toContainText(codeName);
  await popover.getByLabel('Note').fill('Contact framed as a security need');
  await shot(page, 'annotations-popover');
  await popover.getByLabel('Note').press('Control+Enter');
  await expect(popover).toBeHidden();

  // The passage is highlighted at once, labelled with its code.
  await expect(cell.locator('mark.anno').first()).toHaveAttribute('data-label', codeName);
  expect(await codedText(cell)).toBe(quote);
  await shot(page, 'annotations-compare-highlight');

  // The panel lists it with its code, note and article.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Annotations' })
    .click();
  const table = page.getByRole('table', { name: 'Coded passages' });
  const row = table.getByRole('row').filter({ hasText: quote });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(codeName);
  await expect(row).toContainText('Contact framed as a security need');
  await expect(row).toContainText(sampleTitles.cgtn);
  await expect(row).toContainText('Anchored');
  await shot(page, 'annotations-panel');

  // Jump to the passage in the reader.
  await row.getByRole('button', { name: `Open “${quote}” in the reader` }).click();
  const article = page.getByRole('article', { name: sampleTitles.cgtn });
  await expect(article.getByTestId('reader-target')).toBeInViewport();
  expect(await codedText(article)).toBe(quote);

  // Edit the article's text: a sentence goes in before the coded words.
  await article.getByRole('button', { name: 'Edit text' }).click();
  const editor = article.getByRole('textbox', { name: /Clean text/ });
  const body = await editor.inputValue();
  const before = 'According to NATO';
  expect(body).toContain(before);
  await editor.fill(
    body.replace(before, `The talks were described as routine by both sides. ${before}`),
  );
  await article.getByRole('button', { name: 'Save text' }).click();
  await expect(article.getByRole('status').filter({ hasText: 'Saved as version 2' })).toContainText(
    '1 coded passage re-anchored',
  );
  await expect(article).toContainText('The talks were described as routine by both sides.');
  await expect.poll(() => codedText(article)).toBe(quote);
  await expect(article.getByRole('combobox', { name: 'Version' })).toBeVisible();
  await shot(page, 'annotations-reader-after-edit');

  // Export CSV and read the downloaded file.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Annotations' })
    .click();
  await expect(row).toHaveCount(1);
  await page.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csvPath = await download.path();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv).toContain(quote);
  expect(csv).toContain(codeName);
  expect(csv).toContain('Contact framed as a security need');

  // Delete the passage, then import the CSV back: it returns with its code and note.
  await row.getByRole('button', { name: /^Delete annotation/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Annotation deleted.' })).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.getByTestId('annotations-import-input').setInputFiles(csvPath);
  await expect(page.getByText(/Imported 1 annotation/)).toBeVisible();
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(codeName);
  await expect(row).toContainText('Contact framed as a security need');
});

test('the popover filters codes as you type, picks with arrows and Enter, and applies number keys', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  // Two codes, one with a number key, made in the Codebooks tab.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Annotations' })
    .click();
  await page.getByRole('tab', { name: 'Codebooks' }).click();
  await page.getByRole('textbox', { name: 'New codebook name' }).fill('Thesis');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thesis' })).toBeVisible();
  for (const name of ['Kremlin blame', 'Reassurance tone']) {
    await page.getByRole('textbox', { name: 'New code name' }).fill(name);
    await page.getByRole('button', { name: 'Add code' }).click();
    await expect(page.getByRole('table', { name: 'Codes of Thesis' })).toContainText(name);
  }
  await page.getByRole('combobox', { name: 'Shortcut key for Reassurance tone' }).selectOption('4');
  await expect(
    page.getByRole('combobox', { name: 'Shortcut key for Reassurance tone' }),
  ).toHaveValue('4');
  await shot(page, 'annotations-codebooks');

  // The Russian article: code a passage with the number key and one picked from the list.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Library' })
    .click();
  await page
    .getByRole('grid', { name: 'Articles' })
    .getByRole('row')
    .filter({ hasText: sampleTitles.segodnya })
    .dblclick();
  const article = page.getByRole('article', { name: sampleTitles.segodnya });
  const body = article.locator('.article-body');
  await expect(body.locator('.cue').first()).toBeVisible();
  const words = await body
    .locator('p')
    .first()
    .evaluate((p) => {
      const text = Array.from(
        p.querySelectorAll('[data-offset]'),
        (piece) => piece.textContent,
      ).join('');
      return text.split(/\s+/).slice(2, 6).join(' ');
    });
  await selectText(body, words);
  const popover = page.getByRole('dialog', { name: 'Code passage' });
  const filter = popover.getByRole('combobox', { name: 'Find a code' });
  await expect(popover).toBeVisible();
  // A number key applies its code straight from the page.
  await page.keyboard.press('4');
  await expect(filter).toHaveValue('');
  await expect(popover.getByRole('option', { name: /Reassurance tone/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await filter.fill('kremlin bl');
  await expect(popover.getByRole('option').first()).toContainText('Kremlin blame');
  await expect(popover.getByRole('option').last()).toHaveText(/New code “kremlin bl”/);
  await filter.press('Enter');
  await expect(popover.getByRole('list', { name: 'Chosen codes' })).toContainText('Kremlin blame');
  await filter.press('Control+Enter');
  await expect(popover).toBeHidden();
  const mark = body.locator('mark.anno').first();
  await expect(mark).toHaveAttribute('data-label', 'Reassurance tone, Kremlin blame');
  expect(await codedText(body)).toBe(words);
  await shot(page, 'annotations-reader-russian');

  // Clicking the highlight opens it for editing; Escape closes without a change.
  await mark.click();
  const edit = page.getByRole('dialog', { name: 'Edit coded passage' });
  await expect(edit).toBeVisible();
  await expect(edit.getByRole('list', { name: 'Chosen codes' })).toContainText('Reassurance tone');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await expect(article).toBeVisible();

  // The article's coded passages are listed above its text, each one a way to edit it.
  const list = article.getByRole('region', { name: 'Coded passages in this article' });
  await list.getByRole('button', { name: '1 coded passage' }).click();
  await expect(list.getByRole('listitem')).toHaveText(new RegExp(words));
  await list.getByRole('button', { name: /^Edit “/ }).click();
  await expect(edit).toBeVisible();
  await edit.getByRole('button', { name: 'Delete' }).click();
  await expect(edit).toBeHidden();
  await expect(body.locator('mark.anno')).toHaveCount(0);
  // Undo puts it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => codedText(body)).toBe(words);
});

test('a passage whose words were edited away becomes an orphan to review and is re-attached by hand', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('grid', { name: 'Articles' })
    .getByRole('row')
    .filter({ hasText: sampleTitles.cgtn })
    .dblclick();
  const article = page.getByRole('article', { name: sampleTitles.cgtn });
  const body = article.locator('.article-body');
  const words = 'war exercises have stirred unease';
  // Framing highlights replace the text nodes once drawn, which would drop an earlier selection.
  await expect(body.locator('.cue').first()).toBeVisible();
  await selectText(body, words);
  const popover = page.getByRole('dialog', { name: 'Code passage' });
  await popover.getByRole('combobox', { name: 'Find a code' }).fill('Appeal to fear');
  await popover.getByRole('combobox', { name: 'Find a code' }).press('Enter');
  await popover.getByRole('button', { name: 'Save' }).click();
  await expect(popover).toBeHidden();
  expect(await codedText(body)).toBe(words);

  // The sentence is rewritten: the coded words are gone, and no look-alike is taken instead.
  await article.getByRole('button', { name: 'Edit text' }).click();
  const editor = article.getByRole('textbox', { name: /Clean text/ });
  const text = await editor.inputValue();
  await editor.fill(
    text.replace(`Russia's ${words}`, "Russia's manoeuvres worried its neighbours"),
  );
  await article.getByRole('button', { name: 'Save text' }).click();
  await expect(article.getByRole('status').filter({ hasText: 'Saved as version 2' })).toContainText(
    '1 lost its place',
  );
  await expect(body.locator('mark.anno')).toHaveCount(0);
  const orphans = article.getByRole('region', { name: 'Annotations to review' });
  await expect(orphans).toContainText(words);
  await shot(page, 'annotations-orphans');

  // Re-attach it to the new words.
  await orphans.getByRole('button', { name: 'Re-attach' }).click();
  await expect(page.getByText('Select the new place for')).toBeVisible();
  await selectText(body, 'manoeuvres worried its neighbours');
  const reattach = page.getByRole('dialog', { name: 'Re-attach passage' });
  await expect(reattach.locator('blockquote')).toHaveText('manoeuvres worried its neighbours');
  await reattach.getByRole('button', { name: 'Save' }).click();
  await expect(reattach).toBeHidden();
  await expect(orphans).toBeHidden();
  await expect.poll(() => codedText(body)).toBe('manoeuvres worried its neighbours');
  await expect(body.locator('mark.anno').first()).toHaveAttribute('data-label', /Appeal to fear/);
});

test('codes a whole compare passage from the keyboard: Tab to it, A, pick a code, save', async ({
  page,
  host,
}) => {
  await openSampleStoryInCompare(page, host.url);
  // The help lists the key.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Code the focused passage or highlight',
  );
  await page.keyboard.press('Escape');

  // Tab from the column headers into the aligned passages until one has focus.
  await page
    .getByRole('table', { name: 'Aligned passages' })
    .locator('[data-article]')
    .first()
    .scrollIntoViewIfNeeded();
  let passage = '';
  for (let i = 0; i < 120 && !passage; i += 1) {
    await page.keyboard.press('Tab');
    passage = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active?.matches('p[data-passage]')) return '';
      return Array.from(active.querySelectorAll('[data-offset]'), (piece) => piece.textContent)
        .join('')
        .trim();
    });
  }
  expect(passage.length).toBeGreaterThan(20);
  const focused = page.locator('p[data-passage]:focus');
  await expect(focused).toHaveAttribute('aria-keyshortcuts', 'A');

  await page.keyboard.press('a');
  const popover = page.getByRole('dialog', { name: 'Code passage' });
  await expect(popover).toBeVisible();
  // The popover quotes the start of a long passage; its title holds all of it.
  await expect(popover.locator('blockquote')).toHaveAttribute('title', passage);
  const filter = popover.getByRole('combobox', { name: 'Find a code' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('security and def');
  await page.keyboard.press('Enter');
  await expect(popover.getByRole('list', { name: 'Chosen codes' })).toContainText(
    'Security and defense',
  );
  await page.keyboard.press('Control+Enter');
  await expect(popover).toBeHidden();

  // The whole passage is coded, and focus is back on it for the next one.
  const back = page.locator('p[data-passage]:focus');
  await expect(back.locator('mark.anno').first()).toHaveAttribute(
    'data-label',
    'Security and defense',
  );
  expect(await codedText(back)).toBe(passage);
  await shot(page, 'annotations-keyboard-coded');
});
