import { Button, Result, Spin } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLocale } from '../../locales';
import { registration, unwrap } from '../../services/api';
import styles from './poster.module.css';

/**
 * 随手拍 poster of one enterprise, to print (A4) and put up on the shop floor: its QR code opens the
 * phone's report form with the enterprise filled in, so a worker reports in a few taps.
 */
export default function HazardPoster() {
  const { unitId = '' } = useParams();
  const { t } = useLocale();
  const [poster, setPoster] = useState<{ name: string; qr: string } | null>();
  useEffect(() => {
    unwrap(registration.GET('/org-units/{id}', { params: { path: { id: unitId } } }))
      .then(async (unit) => {
        const link = `${window.location.origin}/m/report?enterprise=${encodeURIComponent(unit.id)}&name=${encodeURIComponent(unit.name)}`;
        // Error correction M: still read from a poster that is creased or partly dirty.
        return { name: unit.name, qr: await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 1, width: 560 }) };
      })
      .then(setPoster, () => setPoster(null));
  }, [unitId]);

  if (poster === undefined) return <Spin fullscreen />;
  if (poster === null) return <Result status="404" title={t('org.poster.notFound')} />;
  return (
    <div className={styles.page}>
      <Button className={styles.print} type="primary" onClick={() => window.print()}>
        {t('org.poster.print')}
      </Button>
      <h1 className={styles.title}>{t('org.poster.title')}</h1>
      <p className={styles.enterprise}>{poster.name}</p>
      <img className={styles.qr} src={poster.qr} alt={t('org.poster.qrAlt', { name: poster.name })} />
      <ol className={styles.steps}>
        <li>{t('org.poster.step1')}</li>
        <li>{t('org.poster.step2')}</li>
        <li>{t('org.poster.step3')}</li>
      </ol>
      <p className={styles.note}>{t('org.poster.anonymous')}</p>
    </div>
  );
}
