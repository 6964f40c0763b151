import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin } from 'antd';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../locales';
import { saveBlob } from '../../utils/download';

/**
 * The certificate (荣誉证书) as the service renders it: the PDF itself, drawn page by page with pdf.js
 * (Mozilla's PDF reader, loaded only here) so that what is previewed is exactly what is downloaded and
 * printed, whatever PDF viewer the browser has.
 */
export default function CertificatePreview({ nominationId, fileName }: { nominationId: string; fileName: string }) {
  const { t } = useLocale();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<Blob | null>();
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const response = await fetch(`/api/awards/nominations/${encodeURIComponent(nominationId)}/certificate.pdf`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const blob = await response.blob();
      if (!live) return;
      setPdf(blob);
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
      const document = await pdfjs.getDocument({ data: new Uint8Array(await blob.arrayBuffer()), isEvalSupported: false }).promise;
      const page = await document.getPage(1);
      const target = canvas.current;
      if (!live || !target) return;
      const width = Math.min(target.parentElement?.clientWidth ?? 720, 720);
      const scale = (width / page.getViewport({ scale: 1 }).width) * window.devicePixelRatio;
      const viewport = page.getViewport({ scale });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${viewport.width / window.devicePixelRatio}px`;
      await page.render({ canvas: target, viewport }).promise;
      if (live) setDrawn(true);
    })().catch(() => live && (setFailed(true), setPdf((p) => p ?? null)));
    return () => {
      live = false;
    };
  }, [nominationId]);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button icon={<DownloadOutlined />} disabled={!pdf} onClick={() => pdf && saveBlob(fileName, pdf)}>
        {t('honours.certificate.download')}
      </Button>
      {failed && <Alert type="warning" showIcon message={t('honours.certificate.failed')} />}
      {!drawn && !failed && <Spin />}
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('honours.certificate.preview')}
        data-drawn={drawn ? 'true' : 'false'}
        style={{ display: drawn ? 'block' : 'none', maxWidth: '100%', border: '1px solid #f0f0f0', boxShadow: '0 2px 8px rgba(0,0,0,0.08)' }}
      />
    </Space>
  );
}
