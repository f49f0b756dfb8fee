/** Plain-text table for terminals: columns padded to their widest cell, the last one truncated. */
export function formatTable(headers: string[], rows: string[][], maxLastWidth = 80): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const render = (row: string[]) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1)
          return cell.length > maxLastWidth ? `${cell.slice(0, maxLastWidth - 1)}…` : cell;
        return cell.padEnd(widths[i] ?? 0);
      })
      .join('  ');
  return [render(headers), ...rows.map(render)].join('\n');
}
