// Test support: prints the text of a PDF (read with pdf.js, Mozilla's PDF reader) as one JSON array of
// lines, every page top to bottom. pdf.js ships as ES modules only, which jest cannot load in this
// repo's CommonJS set-up, so pdf-text.ts runs this file in a child `node` process: node pdf-text-probe.mjs <file.pdf>
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const document = await getDocument({ data: new Uint8Array(await readFile(process.argv[2])), verbosity: 0 }).promise;
const lines = [];
for (let n = 1; n <= document.numPages; n += 1) {
  const content = await (await document.getPage(n)).getTextContent();
  const rows = [];
  for (const item of content.items.filter((it) => typeof it.str === 'string' && it.str !== '')) {
    const [x, y] = [item.transform[4], item.transform[5]];
    let row = rows.find((candidate) => Math.abs(candidate.y - y) < 2);
    if (!row) rows.push((row = { y, items: [] }));
    row.items.push({ x, str: item.str });
  }
  rows.sort((a, b) => b.y - a.y);
  for (const row of rows) lines.push(row.items.sort((a, b) => a.x - b.x).map((it) => it.str).join(''));
}
await document.destroy();
process.stdout.write(JSON.stringify(lines));
