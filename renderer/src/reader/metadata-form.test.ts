import { describe, expect, it } from 'vitest';
import { makeArticle } from '../test-support/fake-api.ts';
import { buildPatch, fieldOfError, valuesOf } from './metadata-form.ts';

describe('metadata form', () => {
  it('sends only the fields the user changed', () => {
    const article = makeArticle({ outlet: 'RT' });
    expect(buildPatch(article, { ...valuesOf(article), outlet: 'Sputnik' })).toEqual({
      outlet: 'Sputnik',
    });
  });

  it('turns a cleared outlet, language or date into null', () => {
    const article = makeArticle();
    const patch = buildPatch(article, {
      ...valuesOf(article),
      outlet: ' ',
      language: '',
      published: '',
    });
    expect(patch).toEqual({ outlet: null, language: null, published: null });
  });

  it('keeps a date-time untouched when the date was not changed', () => {
    const article = makeArticle({ published: '2018-01-08T19:27' });
    expect(valuesOf(article).published).toBe('2018-01-08');
    expect(buildPatch(article, valuesOf(article))).toEqual({});
  });
});

describe('fieldOfError', () => {
  it('finds the field a validation message is about', () => {
    expect(fieldOfError('patch.title: title cannot be empty')).toEqual({
      field: 'title',
      text: 'Title cannot be empty',
    });
  });

  it('leaves other messages for the whole form', () => {
    expect(fieldOfError('database is locked')).toEqual({ field: null, text: 'database is locked' });
  });
});
