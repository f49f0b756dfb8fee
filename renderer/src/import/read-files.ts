/**
 * Turning what the user picked or dropped into `articles.import` batches: files keep their path
 * relative to the dropped folder, bytes travel as base64, and batches stay a few MB so a 10,000-file
 * folder never sits in memory at once.
 */
import type { Input } from '../../../shared/api/contract.ts';
import type { ImportFailure } from './import-session.ts';

export type UploadedFile = NonNullable<Input<'articles.import'>['files']>[number];

export interface PickedFile {
  /** File name, or its path relative to the picked/dropped folder. */
  name: string;
  file: File;
}

export const acceptedExtensions = ['.txt', '.md', '.html', '.htm', '.json'] as const;
export const acceptAttribute = acceptedExtensions.join(',');

const maxBatchBytes = 4 * 1024 * 1024;
const maxBatchFiles = 250;

/** Dotfiles and dot-folders (.DS_Store, .git) are system clutter, not articles the user meant. */
function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}

/** Splits picked files into those to send and those refused up front with a reason. */
export function screenFiles(files: PickedFile[]): {
  accepted: PickedFile[];
  refused: ImportFailure[];
} {
  const accepted: PickedFile[] = [];
  const refused: ImportFailure[] = [];
  for (const picked of files) {
    if (isHidden(picked.name)) continue;
    if (hasAcceptedExtension(picked.name)) accepted.push(picked);
    else
      refused.push({
        file: picked.name,
        error: `not an article file; accepted: ${acceptedExtensions.join(' ')}`,
      });
  }
  return { accepted, refused };
}

/** Files from an `<input type="file">`, with folder-relative paths when a folder was picked. */
export function fromFileList(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list, (file) => ({ name: file.webkitRelativePath || file.name, file }));
}

function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    // readEntries answers in chunks (100 in Chromium) until it returns an empty array.
    const readChunk = () =>
      reader.readEntries((chunk) => {
        if (chunk.length === 0) resolve(entries);
        else {
          entries.push(...chunk);
          readChunk();
        }
      }, reject);
    readChunk();
  });
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walkEntry(entry: FileSystemEntry, prefix: string, out: PickedFile[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    out.push({ name: path, file: await entryFile(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory) {
    for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) {
      await walkEntry(child, path, out);
    }
  }
}

/**
 * Files and folders dropped on the window. Entries must be taken synchronously, during the drop
 * event: the DataTransfer is emptied as soon as the handler returns.
 */
export function fromDataTransfer(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.every((entry) => entry === null))
    return Promise.resolve(fromFileList(transfer.files));
  return (async () => {
    const out: PickedFile[] = [];
    for (const entry of entries) if (entry) await walkEntry(entry, '', out);
    return out;
  })();
}

/** Groups files into batches of at most ~4 MB or 250 files; a bigger file travels alone. */
export function planBatches(files: PickedFile[]): PickedFile[][] {
  const batches: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let currentBytes = 0;
  for (const picked of files) {
    const isFull =
      currentBytes + picked.file.size > maxBatchBytes || current.length >= maxBatchFiles;
    if (current.length > 0 && isFull) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(picked);
    currentBytes += picked.file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Base64 of the file's bytes, via a data: URL (native, fast, no string-building loop). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}
