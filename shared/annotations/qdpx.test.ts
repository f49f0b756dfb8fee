import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildQdpx, guidFor, QDA_NAMESPACE } from './qdpx.ts';
import { bodyRu, sampleBundle } from './test-fixtures.ts';

/*
 * A validator for what our .qdpx relies on, written from the REFI-QDA Project schema
 * (QDA-XML 1.0, Project.xsd, release of 18 March 2019; targetNamespace urn:QDA-XML:project:1.0,
 * elementFormDefault="qualified"). The rules it enforces, as stated by that schema:
 * - the root element is Project, in namespace urn:QDA-XML:project:1.0, with a required `name`;
 * - ProjectType is a sequence: Users?, CodeBook?, Variables?, Cases?, Sources?, Notes?, Links?,
 *   Sets?, Graphs?, Description?, NoteRef*;
 * - Users holds one or more User (guid required; name, id optional);
 * - CodeBook holds exactly one Codes, which holds one or more Code;
 * - Code: sequence Description?, NoteRef*, Code*; guid, name and isCodable (xsd:boolean) required;
 *   color optional, an RGBType (#rrggbb or #rgb);
 * - Sources is a choice, repeated, of TextSource / PictureSource / PDFSource / AudioSource /
 *   VideoSource;
 * - TextSource: sequence Description?, PlainTextContent?, PlainTextSelection*, Coding*, NoteRef*,
 *   VariableValue*; guid required; name, richTextPath, plainTextPath, creatingUser (GUID),
 *   creationDateTime, modifyingUser (GUID), modifiedDateTime optional; either PlainTextContent or
 *   plainTextPath must be filled, not both (a comment in the schema);
 * - PlainTextSelection: sequence Description?, Coding*, NoteRef*; guid, startPosition and
 *   endPosition (xsd:integer) required; name, creatingUser, creationDateTime, modifyingUser,
 *   modifiedDateTime optional;
 * - Coding: sequence CodeRef (exactly one), NoteRef*; guid required; creatingUser, creationDateTime
 *   optional; CodeRef has a required targetGUID;
 * - GUIDType: 8-4-4-4-12 hexadecimal digits, optionally in braces;
 * - date-times are xsd:dateTime.
 * Beyond the schema (what a QDA program needs to make sense of the file): every GUID is unique,
 * every CodeRef and creatingUser points at a Code / User in the file, every internal plainTextPath
 * names a file under Sources/ in the zip.
 */
type AttrType = 'string' | 'guid' | 'integer' | 'boolean' | 'dateTime' | 'rgb';
interface Rule {
  /** The content model: a sequence of [name, min, max], or 'choice' of names (repeated). */
  sequence?: [string, number, number][];
  choice?: string[];
  text?: boolean;
  attrs: Record<string, { type: AttrType; required?: boolean }>;
}
const MANY = Number.POSITIVE_INFINITY;
const RULES: Record<string, Rule> = {
  Project: {
    sequence: [
      ['Users', 0, 1],
      ['CodeBook', 0, 1],
      ['Variables', 0, 1],
      ['Cases', 0, 1],
      ['Sources', 0, 1],
      ['Notes', 0, 1],
      ['Links', 0, 1],
      ['Sets', 0, 1],
      ['Graphs', 0, 1],
      ['Description', 0, 1],
      ['NoteRef', 0, MANY],
    ],
    attrs: {
      xmlns: { type: 'string', required: true },
      name: { type: 'string', required: true },
      origin: { type: 'string' },
      creatingUserGUID: { type: 'guid' },
      creationDateTime: { type: 'dateTime' },
      modifyingUserGUID: { type: 'guid' },
      modifiedDateTime: { type: 'dateTime' },
      basePath: { type: 'string' },
    },
  },
  Users: { sequence: [['User', 1, MANY]], attrs: {} },
  User: {
    sequence: [],
    attrs: {
      guid: { type: 'guid', required: true },
      name: { type: 'string' },
      id: { type: 'string' },
    },
  },
  CodeBook: { sequence: [['Codes', 1, 1]], attrs: {} },
  Codes: { sequence: [['Code', 1, MANY]], attrs: {} },
  Code: {
    sequence: [
      ['Description', 0, 1],
      ['NoteRef', 0, MANY],
      ['Code', 0, MANY],
    ],
    attrs: {
      guid: { type: 'guid', required: true },
      name: { type: 'string', required: true },
      isCodable: { type: 'boolean', required: true },
      color: { type: 'rgb' },
    },
  },
  Sources: {
    choice: ['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'],
    attrs: {},
  },
  TextSource: {
    sequence: [
      ['Description', 0, 1],
      ['PlainTextContent', 0, 1],
      ['PlainTextSelection', 0, MANY],
      ['Coding', 0, MANY],
      ['NoteRef', 0, MANY],
      ['VariableValue', 0, MANY],
    ],
    attrs: {
      guid: { type: 'guid', required: true },
      name: { type: 'string' },
      richTextPath: { type: 'string' },
      plainTextPath: { type: 'string' },
      creatingUser: { type: 'guid' },
      creationDateTime: { type: 'dateTime' },
      modifyingUser: { type: 'guid' },
      modifiedDateTime: { type: 'dateTime' },
    },
  },
  PlainTextSelection: {
    sequence: [
      ['Description', 0, 1],
      ['Coding', 0, MANY],
      ['NoteRef', 0, MANY],
    ],
    attrs: {
      guid: { type: 'guid', required: true },
      name: { type: 'string' },
      startPosition: { type: 'integer', required: true },
      endPosition: { type: 'integer', required: true },
      creatingUser: { type: 'guid' },
      creationDateTime: { type: 'dateTime' },
      modifyingUser: { type: 'guid' },
      modifiedDateTime: { type: 'dateTime' },
    },
  },
  Coding: {
    sequence: [
      ['CodeRef', 1, 1],
      ['NoteRef', 0, MANY],
    ],
    attrs: {
      guid: { type: 'guid', required: true },
      creatingUser: { type: 'guid' },
      creationDateTime: { type: 'dateTime' },
    },
  },
  CodeRef: { sequence: [], attrs: { targetGUID: { type: 'guid', required: true } } },
  Description: { text: true, attrs: {} },
  PlainTextContent: { text: true, attrs: {} },
};
const GUID_TYPE =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const TYPE_CHECK: Record<AttrType, (v: string) => boolean> = {
  string: () => true,
  guid: (v) => GUID_TYPE.test(v),
  integer: (v) => /^[+-]?\d+$/.test(v),
  boolean: (v) => ['true', 'false', '1', '0'].includes(v),
  dateTime: (v) => /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(v),
  rgb: (v) => /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/.test(v),
};

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown>[];

function toNodes(ordered: Ordered): XmlNode[] {
  const out: XmlNode[] = [];
  for (const entry of ordered) {
    const name = Object.keys(entry).find((k) => k !== ':@');
    if (name === undefined || name === '#text' || name === '?xml') continue;
    const rawAttrs = (entry[':@'] ?? {}) as Record<string, unknown>;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttrs)) attrs[k.replace(/^@_/, '')] = String(v);
    const content = (entry[name] ?? []) as Ordered;
    const text = content
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('');
    out.push({ name, attrs, children: toNodes(content), text });
  }
  return out;
}

function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
  });
  const roots = toNodes(parser.parse(xml) as Ordered);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0] as XmlNode;
}

/** Every rule above that the document breaks, as readable messages (empty when valid). */
function validateProject(root: XmlNode): string[] {
  const errors: string[] = [];
  if (root.name !== 'Project') errors.push(`root is ${root.name}, not Project`);
  if (root.attrs.xmlns !== QDA_NAMESPACE) errors.push(`root namespace is ${root.attrs.xmlns}`);
  const walk = (node: XmlNode, path: string) => {
    const rule = RULES[node.name];
    if (rule === undefined) {
      errors.push(`${path}: element not expected by our validator`);
      return;
    }
    for (const [name, spec] of Object.entries(rule.attrs)) {
      const value = node.attrs[name];
      if (value === undefined) {
        if (spec.required === true) errors.push(`${path}: missing required attribute ${name}`);
      } else if (!TYPE_CHECK[spec.type](value)) {
        errors.push(`${path}: attribute ${name}="${value}" is not a valid ${spec.type}`);
      }
    }
    for (const name of Object.keys(node.attrs)) {
      if (!(name in rule.attrs) && !name.startsWith('xmlns')) {
        errors.push(`${path}: attribute ${name} is not in the schema`);
      }
    }
    if (rule.text === true) {
      if (node.children.length > 0) errors.push(`${path}: text-only element has children`);
      return;
    }
    if (node.text.trim() !== '') errors.push(`${path}: unexpected text "${node.text.trim()}"`);
    if (rule.choice !== undefined) {
      if (node.children.length === 0) errors.push(`${path}: needs at least one child`);
      for (const c of node.children) {
        if (!rule.choice.includes(c.name)) errors.push(`${path}: ${c.name} not allowed here`);
      }
    } else {
      const seq = rule.sequence ?? [];
      let at = 0;
      let count = 0;
      for (const c of node.children) {
        while (at < seq.length && seq[at]?.[0] !== c.name) {
          if (count < (seq[at]?.[1] ?? 0)) errors.push(`${path}: missing ${seq[at]?.[0]}`);
          at += 1;
          count = 0;
        }
        if (at >= seq.length) {
          errors.push(`${path}: ${c.name} is out of order or not allowed`);
          break;
        }
        count += 1;
        if (count > (seq[at]?.[2] ?? 0)) errors.push(`${path}: too many ${c.name}`);
      }
      for (let k = at; k < seq.length; k += 1) {
        if ((k > at || count === 0) && (seq[k]?.[1] ?? 0) > 0) {
          errors.push(`${path}: missing ${seq[k]?.[0]}`);
        }
      }
    }
    node.children.forEach((c, i) => walk(c, `${path}/${c.name}[${i}]`));
  };
  walk(root, 'Project');
  return errors;
}

function all(node: XmlNode, name: string): XmlNode[] {
  const found = node.name === name ? [node] : [];
  return found.concat(...node.children.map((c) => all(c, name)));
}

describe('buildQdpx', () => {
  const bundle = sampleBundle();
  // One orphan: left out and reported.
  const withOrphan = {
    ...bundle,
    annotations: [
      ...bundle.annotations,
      { ...bundle.annotations[0]!, id: 'a5', status: 'orphan' as const },
    ],
  };
  const result = buildQdpx(withOrphan, {
    projectName: 'Rates & "framing"',
    createdAt: '2026-11-24T01:00:00Z',
  });
  const files = unzipSync(result.data);
  const root = parseXml(strFromU8(files['project.qde'] as Uint8Array));

  it('writes a zip with project.qde and one Sources/<guid>.txt per article', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'project.qde',
        `Sources/${guidFor('source', 'art-en')}.txt`,
        `Sources/${guidFor('source', 'art-ru')}.txt`,
      ].sort(),
    );
    expect(strFromU8(files[`Sources/${guidFor('source', 'art-ru')}.txt`] as Uint8Array)).toBe(
      bodyRu,
    );
    expect(result.skipped).toEqual([
      { annotationId: 'a5', reason: 'orphan: its place in the text is not known' },
    ]);
  });

  it('passes the REFI-QDA Project schema rules it relies on', () => {
    expect(validateProject(root)).toEqual([]);
    expect(root.attrs.name).toBe('Rates & "framing"');
  });

  it('the validator catches the mistakes it is meant to catch', () => {
    const broken = parseXml(
      `<Project xmlns="${QDA_NAMESPACE}" name="x"><Sources><TextSource guid="not-a-guid">` +
        `<PlainTextSelection guid="${guidFor('a', 'b')}" startPosition="1"/>` +
        `<Description>late</Description></TextSource></Sources><Users><User guid="${guidFor('u', 'v')}"/></Users></Project>`,
    );
    const errors = validateProject(broken);
    expect(errors).toContain('Project: Users is out of order or not allowed');
    expect(errors).toContain(
      'Project/Sources[0]/TextSource[0]: attribute guid="not-a-guid" is not a valid guid',
    );
    expect(errors).toContain(
      'Project/Sources[0]/TextSource[0]: Description is out of order or not allowed',
    );
    expect(errors).toContain(
      'Project/Sources[0]/TextSource[0]/PlainTextSelection[0]: missing required attribute endPosition',
    );
  });

  it('nests codes like the codebook, with descriptions and colours', () => {
    const top = root.children.find((c) => c.name === 'CodeBook')?.children[0]?.children ?? [];
    expect(top.map((c) => c.attrs.name)).toEqual(['Frames (MFC)', 'Loaded language']);
    const economic = top[0]?.children.find((c) => c.name === 'Code');
    expect(economic?.attrs).toMatchObject({
      name: 'Economic',
      isCodable: 'true',
      color: '#fde68a',
    });
    expect(economic?.children[0]?.text).toBe('Costs & <benefits>');
  });

  it('keeps GUIDs unique and every reference pointing at something in the file', () => {
    const guids = [
      ...all(root, 'User'),
      ...all(root, 'Code'),
      ...all(root, 'TextSource'),
      ...all(root, 'PlainTextSelection'),
      ...all(root, 'Coding'),
    ].map((n) => n.attrs.guid);
    expect(new Set(guids).size).toBe(guids.length);
    const codeGuids = new Set(all(root, 'Code').map((n) => n.attrs.guid));
    const userGuids = new Set(all(root, 'User').map((n) => n.attrs.guid));
    for (const ref of all(root, 'CodeRef')) expect(codeGuids.has(ref.attrs.targetGUID)).toBe(true);
    for (const s of all(root, 'PlainTextSelection'))
      expect(userGuids.has(s.attrs.creatingUser)).toBe(true);
    expect(all(root, 'User').map((u) => u.attrs.name)).toEqual(['ann', 'bob', 'Борис']);
    for (const s of all(root, 'TextSource')) {
      const path = s.attrs.plainTextPath ?? '';
      expect(path).toBe(`internal://${s.attrs.guid}.txt`);
      expect(files[`Sources/${path.slice('internal://'.length)}`]).toBeDefined();
    }
    // Same library, same GUIDs.
    const again = buildQdpx(withOrphan, { projectName: 'x', createdAt: '2026-11-25T00:00:00Z' });
    expect(again.xml.match(/guid="[^"]+"/g)).toEqual(result.xml.match(/guid="[^"]+"/g));
  });

  it('counts positions in code points, so an emoji is one position', () => {
    const ruSource = all(root, 'TextSource').find((s) => s.attrs.name === 'Ставка выросла');
    const text = strFromU8(files[`Sources/${ruSource?.attrs.guid}.txt`] as Uint8Array);
    const codePoints = Array.from(text);
    const selections = all(ruSource as XmlNode, 'PlainTextSelection');
    const quotes = selections.map((s) =>
      codePoints.slice(Number(s.attrs.startPosition), Number(s.attrs.endPosition)).join(''),
    );
    expect(quotes).toEqual(['ключевую ставку', '«безрассудным» 😀']);
    const emoji = selections[1];
    const a3 = bundle.annotations[2];
    expect(Number(emoji?.attrs.endPosition) - Number(emoji?.attrs.startPosition)).toBe(
      (a3?.end ?? 0) - (a3?.start ?? 0) - 1,
    );
    // The note travels as the selection's description; codes as Codings.
    expect(emoji?.children.find((c) => c.name === 'Description')?.text).toBe(
      '=SUM(A1) looks like a formula',
    );
    const en = all(root, 'TextSource').find((s) => s.attrs.name === 'Bank raises rate, "again"');
    const reckless = all(en as XmlNode, 'PlainTextSelection')[1];
    expect(reckless?.children.filter((c) => c.name === 'Coding')).toHaveLength(2);
    expect(en?.children[0]?.text).toBe(
      'Daily, Herald · 2026-11-20 · https://example.org/news/rate',
    );
  });

  it('drops characters XML cannot carry instead of writing a broken file', () => {
    const b = sampleBundle();
    const noisy = {
      ...b,
      annotations: [{ ...b.annotations[0]!, note: 'bell\u0007 and\u0000 nul' }],
    };
    const { xml } = buildQdpx(noisy, { projectName: 'noisy\u0001', createdAt: 'not a date' });
    const parsed = parseXml(xml);
    expect(validateProject(parsed)).toEqual([]);
    expect(all(parsed, 'Description').map((d) => d.text)).toContain('bell and nul');
    expect(parsed.attrs.creationDateTime).toBeUndefined();
  });

  it('writes GUIDs in the 8-4-4-4-12 form, version 8', () => {
    const g = guidFor('code', 'economic');
    expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(guidFor('code', 'economic')).toBe(g);
    expect(guidFor('code', 'economics')).not.toBe(g);
  });
});
