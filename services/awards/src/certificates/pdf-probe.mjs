// Test support for the certificate specs: reads PDFs with pdf.js (Mozilla's PDF reader) and renders their
// first page on @napi-rs/canvas. pdf.js ships as ES modules only, which jest cannot load in this repo's
// CommonJS set-up, so the specs run this file in a child `node` process:
//
//   node pdf-probe.mjs <outDir> <scale> <a.pdf> [<b.pdf> ...]
//
// For each PDF it writes <outDir>/<name>.png and <outDir>/<name>.rgba (page 1, raw RGBA, 4 bytes a pixel)
// and prints one JSON array: { file, pages, width, height, pageWidth, pageHeight, lines, fonts }, where
// lines are page 1's text lines top to bottom as pdf.js extracts them and fonts its fonts ({ name, embedded }).
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text items in lines: items whose baselines are within 2 pt of each other, left to right. */
function textLines(items) {
  const lines = [];
  for (const item of items.filter((it) => typeof it.str === 'string' && it.str !== '')) {
    const [x, y] = [item.transform[4], item.transform[5]];
    let line = lines.find((candidate) => Math.abs(candidate.y - y) < 2);
    if (!line) lines.push((line = { y, items: [] }));
    line.items.push({ x, str: item.str });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) =>
      line.items
        .sort((a, b) => a.x - b.x)
        .map((it) => it.str)
        .join(''),
    );
}

async function probe(file, outDir, scale) {
  const document = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  try {
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport, background: '#ffffff' }).promise;
    const name = basename(file, '.pdf');
    await writeFile(join(outDir, `${name}.png`), await canvas.encode('png'));
    await writeFile(join(outDir, `${name}.rgba`), context.getImageData(0, 0, canvas.width, canvas.height).data);
    const content = await page.getTextContent();
    const operators = await page.getOperatorList();
    const fonts = new Map();
    for (const [index, fn] of operators.fnArray.entries()) {
      if (fn !== OPS.setFont) continue;
      const font = page.commonObjs.get(operators.argsArray[index][0]);
      fonts.set(font.name, { name: font.name, embedded: !font.missingFile });
    }
    const [, , pageWidth, pageHeight] = page.view;
    return {
      file,
      pages: document.numPages,
      width: canvas.width,
      height: canvas.height,
      pageWidth,
      pageHeight,
      lines: textLines(content.items),
      fonts: [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name)),
    };
  } finally {
    await document.destroy();
  }
}

async function main() {
  const [outDir, scale, ...files] = process.argv.slice(2);
  const results = [];
  for (const file of files) results.push(await probe(file, outDir, Number(scale)));
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
