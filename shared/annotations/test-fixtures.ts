/** Shared test data for the export/import tests (not a test file itself). */
import type { ExportAnnotation, ExportBundle } from './exchange-types.ts';
import { describeSpan } from './selectors.ts';

export const bodyEn =
  'The central bank raised its key rate to 21 percent on Friday, citing persistent inflation.\n\n' +
  'Critics called the decision "reckless", warning of bankruptcies among small firms.';
export const bodyRu =
  'Центробанк повысил ключевую ставку до 21% в пятницу.\n\nКритики назвали решение «безрассудным» 😀.';

function annotation(
  id: string,
  articleId: string,
  body: string,
  phrase: string,
  codeIds: string[],
  note: string,
  coder: string,
): ExportAnnotation {
  const start = body.indexOf(phrase);
  if (start < 0) throw new Error(`missing ${phrase}`);
  const { quote } = describeSpan(body, start, start + phrase.length);
  return {
    id,
    articleId,
    codeIds,
    note,
    coder,
    start,
    end: start + phrase.length,
    quote,
    status: 'anchored',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T09:30:00.000Z',
  };
}

export function sampleBundle(): ExportBundle {
  return {
    articles: [
      {
        id: 'art-en',
        title: 'Bank raises rate, "again"',
        outlet: 'Daily, Herald',
        published: '2026-11-20',
        url: 'https://example.org/news/rate',
        body: bodyEn,
      },
      {
        id: 'art-ru',
        title: 'Ставка выросла',
        outlet: null,
        published: null,
        url: null,
        body: bodyRu,
      },
    ],
    codes: [
      { id: 'frames', name: 'Frames (MFC)', parentId: null, description: '', color: '#dddddd' },
      {
        id: 'economic',
        name: 'Economic',
        parentId: 'frames',
        description: 'Costs & <benefits>',
        color: '#fde68a',
      },
      { id: 'loaded', name: 'Loaded language', parentId: null, description: '', color: '#fecaca' },
    ],
    annotations: [
      annotation('a1', 'art-en', bodyEn, 'raised its key rate', ['economic'], '', 'ann'),
      annotation(
        'a2',
        'art-en',
        bodyEn,
        '"reckless"',
        ['loaded', 'economic'],
        'Quote, with "marks",\nand a line break',
        'bob',
      ),
      annotation(
        'a3',
        'art-ru',
        bodyRu,
        '«безрассудным» 😀',
        [],
        '=SUM(A1) looks like a formula',
        'ann',
      ),
      annotation('a4', 'art-ru', bodyRu, 'ключевую ставку', ['economic'], '', 'Борис'),
    ],
  };
}
