/**
 * Binary-file detection, so a stray image or archive in a dropped folder gets a clear error
 * ("binary file (looks like PNG image)") instead of a page of mojibake.
 */

interface Signature {
  magic: readonly (number | null)[];
  label: string;
  /** Printable signatures a text file could start with: only used to name a file already binary. */
  isWeak?: boolean;
}

/** File signatures worth naming; `null` matches any byte. */
const SIGNATURES: readonly Signature[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], label: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], label: 'JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], label: 'GIF image', isWeak: true },
  {
    magic: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
    label: 'WebP image',
  },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], label: 'PDF document' },
  { magic: [0x50, 0x4b, 0x03, 0x04], label: 'ZIP archive or Office document' },
  { magic: [0x1f, 0x8b], label: 'gzip archive' },
  { magic: [0x42, 0x5a, 0x68], label: 'bzip2 archive', isWeak: true },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], label: 'xz archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], label: '7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], label: 'RAR archive' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], label: 'legacy Office document' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], label: 'ELF executable' },
  { magic: [0x4d, 0x5a], label: 'Windows executable', isWeak: true },
  {
    magic: [
      0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33,
      0x00,
    ],
    label: 'SQLite database',
  },
  { magic: [0x49, 0x44, 0x33], label: 'MP3 audio', isWeak: true },
  { magic: [0x4f, 0x67, 0x67, 0x53], label: 'Ogg media', isWeak: true },
  { magic: [null, null, null, null, 0x66, 0x74, 0x79, 0x70], label: 'MP4 video' },
  { magic: [0x00, 0x61, 0x73, 0x6d], label: 'WebAssembly module' },
];

function matches(bytes: Uint8Array, magic: readonly (number | null)[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => b === null || bytes[i] === b);
}

/** Control bytes that never occur in text (everything below 0x20 but tab, LF, VT, FF, CR, ESC). */
function isControl(b: number): boolean {
  return (
    b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b
  );
}

/**
 * Why `sample` (the first bytes of a file, without a byte order mark) is not text, or null when it
 * may be text. Known signatures are named; otherwise NUL bytes or more than 10 % control bytes mean
 * binary. Printable signatures ("MZ", "ID3") only name a file already judged binary.
 */
export function describeBinary(sample: Uint8Array): string | null {
  const signature = SIGNATURES.find((s) => s.isWeak !== true && matches(sample, s.magic));
  if (signature !== undefined) return `binary file (looks like ${signature.label})`;
  let controls = 0;
  let hasNul = false;
  for (const b of sample) {
    if (b === 0) hasNul = true;
    if (isControl(b)) controls += 1;
  }
  if (!hasNul && controls <= sample.length * 0.1) return null;
  const weak = SIGNATURES.find((s) => s.isWeak === true && matches(sample, s.magic));
  return weak === undefined ? 'binary file' : `binary file (looks like ${weak.label})`;
}
