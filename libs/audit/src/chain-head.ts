import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './entry-hash';

/** What a signed head vouches for: the chain of `schema` ended at (seq, hash) when it was sealed. */
export interface ChainHead {
  schema: string;
  seq: number;
  hash: string;
  sealedAt: string;
}

export interface SignedChainHead extends ChainHead {
  /** SHA-256 of the signing public key (SPKI DER), hex. */
  keyId: string;
  /** Ed25519 signature of the canonical JSON of the ChainHead fields, base64. */
  signature: string;
}

const signedBytes = (head: ChainHead): Buffer =>
  Buffer.from(canonicalJson({ schema: head.schema, seq: head.seq, hash: head.hash, sealedAt: head.sealedAt }), 'utf8');

/** The id of a public key, as heads name it: SHA-256 of its SPKI DER encoding, hex. */
export function chainHeadKeyId(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** Signs chain heads with the service's Ed25519 private key (AUDIT_SIGNING_KEY). */
export class ChainHeadSigner {
  private readonly privateKey: KeyObject;
  readonly keyId: string;

  constructor(privateKeyPem: string) {
    this.privateKey = createPrivateKey(privateKeyPem);
    if (this.privateKey.asymmetricKeyType !== 'ed25519') throw new Error('audit: the chain head signing key must be an Ed25519 private key');
    this.keyId = chainHeadKeyId(createPublicKey(this.privateKey));
  }

  /** The public half, PEM: what auditors verify heads with. */
  get publicKeyPem(): string {
    return createPublicKey(this.privateKey).export({ type: 'spki', format: 'pem' }).toString();
  }

  sign(head: ChainHead): SignedChainHead {
    return { ...head, keyId: this.keyId, signature: sign(null, signedBytes(head), this.privateKey).toString('base64') };
  }
}

/** Whether the head was signed by the holder of this public key, and says what it was signed to say. */
export function chainHeadSignatureValid(head: SignedChainHead, publicKeyPem: string): boolean {
  try {
    const key = createPublicKey(publicKeyPem);
    return chainHeadKeyId(key) === head.keyId && verify(null, signedBytes(head), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}
