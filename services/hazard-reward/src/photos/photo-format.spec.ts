import sharp from 'sharp';
import { gif, pdf, phoneJpeg, pngWithTextChunks, randomBytes, webpWithExif } from '../../test/fixtures/test-images.fixture';
import { sniffPhotoFormat } from './photo-format';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('sniffPhotoFormat', () => {
  it('knows JPEG, PNG and WebP by their first bytes', async () => {
    expect(sniffPhotoFormat(await phoneJpeg())).toEqual({ format: 'jpeg' });
    expect(sniffPhotoFormat(await pngWithTextChunks())).toEqual({ format: 'png' });
    expect(sniffPhotoFormat(await webpWithExif())).toEqual({ format: 'webp' });
  });

  it('names the formats a reporter is likely to send by mistake', async () => {
    expect(sniffPhotoFormat(await gif())).toEqual({ format: null, description: 'a GIF image' });
    expect(sniffPhotoFormat(pdf())).toEqual({ format: null, description: 'a PDF document' });
    expect(sniffPhotoFormat(await sharp(await gif()).avif().toBuffer())).toMatchObject({ description: 'an AVIF image' });
    expect(sniffPhotoFormat(await sharp(await gif()).tiff().toBuffer())).toMatchObject({ description: 'a TIFF or camera RAW image' });
    expect(sniffPhotoFormat(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toMatchObject({ description: 'a HEIC image' });
    expect(sniffPhotoFormat(bytes([0, 0, 0, 0x14], 'ftypavif', [0, 0, 0, 0], 'mif1'))).toMatchObject({ description: 'an AVIF image' });
    expect(sniffPhotoFormat(bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'avifmiaf'))).toMatchObject({ description: 'an AVIF image' });
    expect(sniffPhotoFormat(bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 0, 0]))).toMatchObject({ description: 'a video' });
    expect(sniffPhotoFormat(bytes('II*\0', [8, 0, 0, 0]))).toMatchObject({ description: 'a TIFF or camera RAW image' });
    expect(sniffPhotoFormat(bytes('BM', [0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28]))).toMatchObject({ description: 'a BMP image' });
    expect(sniffPhotoFormat(bytes('\uFEFF<?xml version="1.0"?>\n<!-- x --><svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({
      description: 'an SVG image',
    });
  });

  it('calls anything else not an image', () => {
    expect(sniffPhotoFormat(randomBytes(1000))).toEqual({ format: null, description: 'not an image' });
    expect(sniffPhotoFormat(bytes('hello'))).toEqual({ format: null, description: 'not an image' });
    expect(sniffPhotoFormat(Buffer.alloc(0))).toEqual({ format: null, description: 'not an image' });
    // Half a signature is not the format: RIFF is also WAV and AVI.
    expect(sniffPhotoFormat(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toEqual({ format: null, description: 'not an image' });
    expect(sniffPhotoFormat(bytes([0xff, 0xd8]))).toEqual({ format: null, description: 'not an image' });
  });
});
