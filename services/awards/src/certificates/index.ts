export type { CertificateInput, CertificateText } from './certificate-renderer';
export {
  CERTIFICATE_CLOSING,
  CERTIFICATE_LIMITS,
  CERTIFICATE_TITLE,
  CertificateInputError,
  certificateText,
  renderCertificate,
  validateCertificateInput,
} from './certificate-renderer';
export { CertificateRenderer } from './certificate-renderer.provider';
export { formatChineseDate } from './chinese-date';
