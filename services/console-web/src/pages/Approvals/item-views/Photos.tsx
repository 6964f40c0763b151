import { Image, Space, Typography } from 'antd';
import { useLocale } from '../../../locales';

/** A report's photos as the item's attachments: thumbnails that open full size, one after another. */
export default function Photos({ reportId, count }: { reportId: string; count: number }) {
  const { t } = useLocale();
  if (count === 0) return <Typography.Text type="secondary">{t('approvals.hazard.noPhotos')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {Array.from({ length: count }, (_, i) => (
          <Image
            key={i}
            width={104}
            height={104}
            style={{ objectFit: 'cover' }}
            src={`/api/hazard-reward/hazard-reports/${encodeURIComponent(reportId)}/photos/${i + 1}`}
            alt={t('approvals.hazard.photoAlt', { n: i + 1 })}
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
