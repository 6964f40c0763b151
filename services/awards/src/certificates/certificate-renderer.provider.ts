import { Injectable } from '@nestjs/common';
import { CertificateInput, CertificateInputError, renderCertificate } from './certificate-renderer';
import { CertificateRefused } from '../nominations/nomination.errors';

/**
 * Nest face of renderCertificate: the same PDF, with refused input as a 400 (`field: reason; …`) so a
 * controller can hand it on as it is.
 */
@Injectable()
export class CertificateRenderer {
  async render(input: CertificateInput): Promise<Buffer> {
    try {
      return await renderCertificate(input);
    } catch (error) {
      if (error instanceof CertificateInputError) throw new CertificateRefused(error.problems);
      throw error;
    }
  }
}
