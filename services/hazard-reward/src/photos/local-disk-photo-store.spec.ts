import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskPhotoStore } from './local-disk-photo-store';
import { InvalidPhotoKeyError, photoKeyOf } from './photo-store';
import { randomBytes } from '../../test/fixtures/test-images.fixture';

let dir: string;
let store: LocalDiskPhotoStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'photo-store-'));
  store = new LocalDiskPhotoStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const body = randomBytes(3000, 7);
const key = photoKeyOf(body);

async function filesUnder(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
    .sort();
}

describe('LocalDiskPhotoStore', () => {
  it('keeps a photo at <first two hex digits>/<key>.<extension> and gives it back with its content type', async () => {
    await store.put(key, body, 'image/png');

    expect(await filesUnder(dir)).toEqual([`${key.slice(0, 2)}/${key}.png`]);
    expect(await store.get(key)).toEqual({ body, contentType: 'image/png' });
  });

  it('gives back each content type it stores', async () => {
    const bodies = [randomBytes(10, 1), randomBytes(10, 2), randomBytes(10, 3)];
    const types = ['image/jpeg', 'image/png', 'image/webp'] as const;
    for (const [i, b] of bodies.entries()) await store.put(photoKeyOf(b), b, types[i]);
    for (const [i, b] of bodies.entries()) expect(await store.get(photoKeyOf(b))).toEqual({ body: b, contentType: types[i] });
  });

  it('answers undefined for a key with nothing stored', async () => {
    expect(await store.get(photoKeyOf(Buffer.from('never stored')))).toBeUndefined();
  });

  it('is idempotent: putting a stored key again keeps the one file unchanged', async () => {
    await store.put(key, body, 'image/jpeg');
    const first = await stat(join(dir, key.slice(0, 2), `${key}.jpg`));
    await store.put(key, Buffer.from(body), 'image/jpeg');
    await Promise.all([store.put(key, body, 'image/jpeg'), store.put(key, body, 'image/jpeg')]);

    expect(await filesUnder(dir)).toEqual([`${key.slice(0, 2)}/${key}.jpg`]);
    expect((await stat(join(dir, key.slice(0, 2), `${key}.jpg`))).mtimeMs).toBe(first.mtimeMs);
  });

  it('refuses keys that are not 64 lowercase hex digits, so no key becomes a path elsewhere', async () => {
    const outside = join(dir, '..', `escaped-${Date.now()}`);
    const badKeys = ['', '../../etc/passwd', `../${key.slice(3)}`, `${key.slice(0, 2)}/${key.slice(3)}`, key.toUpperCase(), `${key}0`, key.slice(1), `..${key.slice(2)}`, outside];
    for (const bad of badKeys) {
      await expect(store.put(bad, body, 'image/jpeg')).rejects.toThrow(InvalidPhotoKeyError);
      await expect(store.get(bad)).rejects.toThrow(InvalidPhotoKeyError);
    }
    expect(await filesUnder(dir)).toEqual([]);
    await expect(stat(outside)).rejects.toThrow('ENOENT');
  });

  it('refuses bytes that do not hash to the key', async () => {
    await expect(store.put(key, Buffer.from('something else'), 'image/jpeg')).rejects.toThrow('do not hash to its key');
    expect(await filesUnder(dir)).toEqual([]);
  });

  it('ignores what a crash mid-write leaves behind: a partial temporary file is never read as the photo', async () => {
    const folder = join(dir, key.slice(0, 2));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `.${key}.12345.abcdef.tmp`), body.subarray(0, 100));

    expect(await store.get(key)).toBeUndefined();
    await store.put(key, body, 'image/jpeg');
    expect(await store.get(key)).toEqual({ body, contentType: 'image/jpeg' });
  });

  it('never shows a partly written photo under its key, and leaves no temporary file behind', async () => {
    const big = randomBytes(48 * 1024 * 1024, 3);
    const bigKey = photoKeyOf(big);
    const folder = join(dir, bigKey.slice(0, 2));
    const target = join(folder, `${bigKey}.jpg`);
    const seen = { temporary: false, partial: [] as number[], complete: 0 };

    let writing = true;
    const watching = (async () => {
      while (writing) {
        const names = await readdir(folder).catch(() => [] as string[]);
        if (names.some((n) => n.endsWith('.tmp'))) seen.temporary = true;
        const size = await stat(target).then((s) => s.size, () => undefined);
        if (size === big.length) seen.complete++;
        else if (size !== undefined) seen.partial.push(size);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await store.put(bigKey, big, 'image/jpeg');
    writing = false;
    await watching;

    expect(seen.temporary).toBe(true); // the write went through a temporary file, and was watched while it ran
    expect(seen.partial).toEqual([]);
    expect((await readFile(target)).equals(big)).toBe(true);
    expect(await filesUnder(dir)).toEqual([`${bigKey.slice(0, 2)}/${bigKey}.jpg`]);
  });
});
