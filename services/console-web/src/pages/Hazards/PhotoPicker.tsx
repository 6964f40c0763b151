import { PlusOutlined } from '@ant-design/icons';
import { Upload, type UploadFile } from 'antd';
import { useRef } from 'react';
import { compressPhoto } from '../../components/photo-upload';
import { useLocale } from '../../locales';

export const MAX_PHOTOS = 9;

/**
 * Photos picked for an upload, compressed in the browser as they are added (as on the phone) and kept
 * here until the form is sent with them.
 */
export default function PhotoPicker({ value = [], onChange }: { value?: UploadFile[]; onChange?: (files: UploadFile[]) => void }) {
  const { t } = useLocale();
  // Several photos picked at once are compressed one after another: each adds to the newest list.
  const latest = useRef(value);
  latest.current = value;
  return (
    <Upload
      listType="picture-card"
      accept="image/*"
      multiple
      maxCount={MAX_PHOTOS}
      fileList={value}
      // Nothing is sent until the form is: each photo is compressed and kept with the form.
      beforeUpload={async (file) => {
        const small = await compressPhoto(file);
        const kept: UploadFile = { uid: file.uid, name: file.name, status: 'done', originFileObj: Object.assign(small, { uid: file.uid, lastModifiedDate: new Date() }), thumbUrl: URL.createObjectURL(small) };
        latest.current = [...latest.current.filter((f) => f.uid !== file.uid), kept].slice(0, MAX_PHOTOS);
        onChange?.(latest.current);
        return Upload.LIST_IGNORE;
      }}
      onRemove={(file) => onChange?.(value.filter((f) => f.uid !== file.uid))}
    >
      {value.length < MAX_PHOTOS && (
        <button type="button" style={{ border: 0, background: 'none' }} aria-label={t('hazards.progress.addPhoto')}>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>{t('hazards.progress.addPhoto')}</div>
        </button>
      )}
    </Upload>
  );
}
