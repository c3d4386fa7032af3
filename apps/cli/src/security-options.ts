import { isLoopbackHost, loadOrCreateSelfSigned, readTlsMaterial, type TlsMaterial } from '@meshmind/coordinator';
import { MeshmindError, type MqttCredentials, type MqttTlsOptions } from '@meshmind/protocol';
import type { CliIo } from './command';

/** Options every long-running command shares for TLS and for the credentials of an external broker. */
export const SECURITY_OPTIONS = {
  tls: { type: 'boolean' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  insecure: { type: 'boolean' },
  'mqtt-username': { type: 'string' },
  'mqtt-password': { type: 'string' },
  'mqtt-ca': { type: 'string' },
  'mqtt-fingerprint': { type: 'string' },
} as const;

export const SECURITY_USAGE = `  --tls        listen with TLS on loopback too (a listener beyond loopback always does, unless --insecure)
  --tls-cert, --tls-key   PEM certificate and key; without them a self-signed pair is made once in .meshmind/tls
  --insecure   allow a listener beyond loopback without TLS (passwords and tokens then cross the network in clear)
  --mqtt-username, --mqtt-password   the coordinator's identity on an external broker (or $MESHMIND_MQTT_USERNAME,
               $MESHMIND_MQTT_PASSWORD; default: the one \`meshmind broker mosquitto-config\` wrote)
  --mqtt-ca FILE, --mqtt-fingerprint SHA256   how an external mqtts:// broker's certificate is verified`;

interface SecurityValues {
  tls?: boolean;
  'tls-cert'?: string;
  'tls-key'?: string;
  insecure?: boolean;
  'mqtt-username'?: string;
  'mqtt-password'?: string;
  'mqtt-ca'?: string;
  'mqtt-fingerprint'?: string;
}

/**
 * The TLS material of one listener, or null for plain TCP. Loopback stays plain unless asked (the
 * first run is two commands); beyond loopback TLS is on unless --insecure, which is said loudly.
 */
export async function listenerTls(label: string, host: string, values: SecurityValues, directory: string, io: CliIo): Promise<TlsMaterial | null> {
  const loopback = isLoopbackHost(host);
  const given = values['tls-cert'] || values['tls-key'];
  if (given && !(values['tls-cert'] && values['tls-key'])) throw new MeshmindError('E_CONFIG_INVALID', '--tls-cert and --tls-key go together');
  const wanted = values.tls === true || !!given || (!loopback && values.insecure !== true);
  if (!wanted) {
    if (!loopback) {
      io.stderr.write(
        `\nWARNING: the ${label} listener on ${host} has no TLS (--insecure). Anyone on the network can read and replay its credentials and tokens.\n\n`,
      );
    }
    return null;
  }
  const material = values['tls-cert'] && values['tls-key'] ? readTlsMaterial(values['tls-cert'], values['tls-key']) : await loadOrCreateSelfSigned(directory);
  if (material.generated) io.stderr.write(`Made a self-signed TLS certificate in ${directory} (kept for later starts).\n`);
  return material;
}

/** The coordinator's identity on an external broker and how that broker's certificate is checked. */
export async function mqttClientSecurityFrom(values: SecurityValues, env: NodeJS.ProcessEnv): Promise<{ brokerCredentials?: MqttCredentials; brokerTls?: MqttTlsOptions }> {
  const username = values['mqtt-username'] ?? env.MESHMIND_MQTT_USERNAME;
  const password = values['mqtt-password'] ?? env.MESHMIND_MQTT_PASSWORD;
  if ((username === undefined) !== (password === undefined)) throw new MeshmindError('E_CONFIG_INVALID', 'an MQTT username needs its password, and a password its username');
  const caFile = values['mqtt-ca'];
  const fingerprint = values['mqtt-fingerprint'];
  return {
    ...(username !== undefined && password !== undefined ? { brokerCredentials: { username, password } } : {}),
    ...(caFile || fingerprint ? { brokerTls: { ...(caFile ? { caFile } : {}), ...(fingerprint ? { fingerprint } : {}) } } : {}),
  };
}
