import { BadRequestException, Injectable } from '@nestjs/common';
import { CertificateInput, CertificateInputError, renderCertificate } from './certificate-renderer';

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
      if (error instanceof CertificateInputError) throw new BadRequestException(error.problems.join('; '));
      throw error;
    }
  }
}
