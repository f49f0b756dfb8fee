import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: Array<{
    options: { show?: boolean; webPreferences?: Record<string, unknown> };
    loadedFile: string | null;
    loadedHtml: string | null;
    printOptions: unknown;
    destroyed: boolean;
  }> = [];
  let failPrint = false;
  class BrowserWindow {
    options: (typeof created)[number]['options'];
    loadedFile: string | null = null;
    loadedHtml: string | null = null;
    printOptions: unknown = null;
    destroyed = false;
    readonly webContents = {
      printToPDF: (options: unknown) => {
        this.printOptions = options;
        if (failPrint) return Promise.reject(new Error('printing failed'));
        return Promise.resolve(Buffer.from('%PDF-1.7'));
      },
    };
    constructor(options: BrowserWindow['options']) {
      this.options = options;
      created.push(this);
    }
    loadFile(file: string): Promise<void> {
      this.loadedFile = file;
      this.loadedHtml = readFileSync(file, 'utf8');
      return Promise.resolve();
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  return {
    BrowserWindow,
    created,
    setFailPrint: (value: boolean) => {
      failPrint = value;
    },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

const { renderPdf } = await import('./pdf.ts');

beforeEach(() => {
  electron.created.length = 0;
  electron.setFailPrint(false);
});

describe('renderPdf', () => {
  it('prints the HTML in a hidden window without JavaScript, then removes window and file', async () => {
    const bytes = await renderPdf('<!doctype html><title>Report</title><h1>Крым</h1>');
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    const [window] = electron.created;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.loadedHtml).toContain('<h1>Крым</h1>');
    expect(window?.printOptions).toMatchObject({ landscape: true, printBackground: true });
    expect(window?.destroyed).toBe(true);
    expect(existsSync(path.dirname(window!.loadedFile!))).toBe(false);
  });

  it('cleans up when printing fails', async () => {
    electron.setFailPrint(true);
    await expect(renderPdf('<p>x</p>')).rejects.toThrow('printing failed');
    const [window] = electron.created;
    expect(window?.destroyed).toBe(true);
    expect(existsSync(path.dirname(window!.loadedFile!))).toBe(false);
  });
});
