import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { MeshmindError } from '@meshmind/protocol';

export interface TlsMaterial {
  cert: string;
  key: string;
  /** SHA-256 fingerprint, "AB:CD:...": what agents pin (`tls.fingerprint` in their config). */
  fingerprint: string;
  /** Where the certificate is kept (agents may be given this file as their CA). */
  certPath: string | null;
  /** Whether it was generated just now. */
  generated: boolean;
}

export function fingerprintOf(certificatePem: string): string {
  return new X509Certificate(certificatePem).fingerprint256;
}

/** A certificate and key the person gave (`--tls-cert`, `--tls-key`). */
export function readTlsMaterial(certPath: string, keyPath: string): TlsMaterial {
  try {
    const cert = readFileSync(certPath, 'utf8');
    const key = readFileSync(keyPath, 'utf8');
    return { cert, key, fingerprint: fingerprintOf(cert), certPath, generated: false };
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot use the TLS certificate ${certPath} with key ${keyPath}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The installation's own certificate, made on first need in `<dir>/cert.pem` and `<dir>/key.pem`
 * (key mode 0600) and kept, so the fingerprint agents pinned stays valid across restarts. It names
 * localhost, this machine's host name and every address of its interfaces.
 */
export async function loadOrCreateSelfSigned(directory: string): Promise<TlsMaterial> {
  const certPath = join(directory, 'cert.pem');
  const keyPath = join(directory, 'key.pem');
  try {
    return readTlsMaterial(certPath, keyPath);
  } catch {
    // Not there yet (or unreadable): make a new pair below.
  }
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => !!entry)
    .map((entry) => entry.address.replace(/%.*$/, ''));
  const names = [...new Set(['localhost', hostname()])];
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(notBefore);
  notAfter.setFullYear(notAfter.getFullYear() + 10);
  // Loaded for the one start that makes the certificate (about 0.2 s of module loading otherwise).
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: `meshmind on ${hostname()}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...names.map((value) => ({ type: 2 as const, value })), ...[...new Set(['127.0.0.1', '::1', ...addresses])].map((ip) => ({ type: 7 as const, ip }))],
      },
    ],
  });
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    writeFileSync(keyPath, pems.private, { mode: 0o600 });
    writeFileSync(certPath, pems.cert, { mode: 0o644 });
  } catch (error) {
    throw new MeshmindError('E_CONFIG_INVALID', `cannot write the TLS certificate to ${directory}: ${(error as Error).message}`, { cause: error });
  }
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert), certPath, generated: true };
}
