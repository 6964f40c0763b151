import { Image, Space, Typography } from 'antd';

/** A report's photos as the item's attachments: thumbnails that open full size, one after another. */
export default function Photos({ reportId, count }: { reportId: string; count: number }) {
  if (count === 0) return <Typography.Text type="secondary">未附照片</Typography.Text>;
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
            alt={`隐患照片${i + 1}`}
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
