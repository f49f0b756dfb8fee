/**
 * PDF of a report: the HTML (self-contained, no scripts) loaded from a temporary file into a
 * hidden, sandboxed window with JavaScript off, printed with `printToPDF` (A4 landscape, the
 * report's own print CSS), then the window and the file are gone. Passed to the backend as
 * `renderPdf`; everything else about reports lives in the backend.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';

export async function renderPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-report-'));
  const window = new BrowserWindow({
    show: false,
    width: 1240,
    height: 1754,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  try {
    const file = path.join(dir, 'report.html');
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      landscape: true,
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
