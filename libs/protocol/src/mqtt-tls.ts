import { readFile } from 'node:fs/promises';
import net from 'node:net';
import tls from 'node:tls';
import { X509Certificate } from 'node:crypto';
import type { IClientOptions } from 'mqtt';
import { MeshmindError } from './errors';

export interface MqttTlsOptions {
  /** PEM file of the CA, or of the broker's own self-signed certificate, to trust. */
  caFile?: string;
  /** The broker certificate's SHA-256 fingerprint ("AB:CD:..." as `meshmind start` prints it): trust exactly that certificate. */
  fingerprint?: string;
}

/** "ab:cd..." / "ABCD..." / "sha256:AB:CD..." all become "AB:CD:..." */
export function normaliseFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/^sha256:/i, '').replace(/[^0-9a-f]/gi, '').toUpperCase();
  if (hex.length !== 64) throw new MeshmindError('E_CONFIG_INVALID', `tls.fingerprint must be a SHA-256 fingerprint (64 hex digits), got ${JSON.stringify(fingerprint)}`);
  return hex.match(/../g)!.join(':');
}

/**
 * The TLS options of an mqtts:// connection. The certificate is always verified: against the given
 * CA file, against one pinned certificate, or against the system's CAs. With a pinned fingerprint,
 * a first handshake (sending nothing) fetches the broker's certificate; only if its fingerprint is
 * the pinned one is it trusted as the sole CA of the real connection, so no credentials are ever
 * sent to a broker that shows another certificate.
 */
export async function pinnedTlsOptions(url: string, options: MqttTlsOptions): Promise<IClientOptions & tls.ConnectionOptions> {
  if (options.fingerprint) {
    const pinned = normaliseFingerprint(options.fingerprint);
    const certificate = await fetchPeerCertificate(url);
    if (certificate.fingerprint256 !== pinned) {
      throw new MeshmindError('E_UNAUTHORIZED', `the broker at ${url} shows a certificate with fingerprint ${certificate.fingerprint256}, not the pinned ${pinned}`);
    }
    return {
      ca: [certificate.toString()],
      rejectUnauthorized: true,
      // The certificate is pinned exactly, so the name it was issued for does not matter.
      checkServerIdentity: (_host: string, peer: tls.PeerCertificate) => (peer.fingerprint256 === pinned ? undefined : new Error(`certificate fingerprint ${peer.fingerprint256} is not the pinned one`)),
    };
  }
  if (options.caFile) {
    let ca: string;
    try {
      ca = await readFile(options.caFile, 'utf8');
    } catch (error) {
      throw new MeshmindError('E_CONFIG_INVALID', `cannot read the broker's CA file ${options.caFile}: ${(error as Error).message}`, { cause: error });
    }
    return { ca: [ca], rejectUnauthorized: true };
  }
  return { rejectUnauthorized: true };
}

async function fetchPeerCertificate(url: string): Promise<X509Certificate> {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port: Number(port || 8883), rejectUnauthorized: false, ...(net.isIP(host) === 0 ? { servername: host } : {}) });
    const timer = setTimeout(() => socket.destroy(new Error('TLS handshake timed out')), 5000);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const raw = socket.getPeerX509Certificate();
      socket.destroy();
      if (!raw) reject(new MeshmindError('E_UNAUTHORIZED', `the broker at ${url} showed no certificate`));
      else resolve(raw);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(new MeshmindError('E_BROKER_UNREACHABLE', `cannot reach the broker at ${url} over TLS: ${error.message}`, { cause: error }));
    });
  });
}
