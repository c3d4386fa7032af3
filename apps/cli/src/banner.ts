import { hostname } from 'node:os';
import { isWildcardHost } from '@meshmind/coordinator';

export interface BannerFacts {
  scenarioName: string;
  deviceCount: number;
  /** What the scenario's agents are, said in the first line (default "devices"). */
  deviceWord?: string;
  /** A first thing to say to this kind of site (default: turn on the kitchen light). */
  exampleGoal?: string;
  /** The address the HTTP server really listens on, as the socket reports it. */
  http: { host: string; port: number; loopback: boolean };
  /** Tokens asked for on loopback too (--require-token). */
  requireToken: boolean;
  mqttUrl: string;
  embeddedBroker: boolean;
  /** The --db the person gave, repeated in the commands the banner suggests. */
  databaseFlag?: string;
  /** The HTTP API is served over TLS. */
  httpTls?: boolean;
  /** SHA-256 fingerprint of the certificate the listeners show, for agents to pin. */
  fingerprint?: string;
  /** Where that certificate is, for clients that must trust it (NODE_EXTRA_CA_CERTS). */
  certPath?: string;
}

function urlOf(host: string, port: number, tls = false): string {
  return `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** What `meshmind start` prints once everything listens: where, and who may call it. */
export function startBanner(facts: BannerFacts): string {
  const { http } = facts;
  const tls = facts.httpTls === true;
  const listening = urlOf(http.host, http.port, tls);
  const everywhere = isWildcardHost(http.host);
  const reachAt = everywhere ? urlOf(hostname(), http.port, tls) : listening;
  const database = facts.databaseFlag ? ` --db ${facts.databaseFlag}` : '';
  const lines = [
    `meshmind is running: ${facts.deviceCount} ${facts.deviceWord ?? 'devices'} of "${facts.scenarioName}"`,
    `  coordinator  ${listening}${everywhere ? ` (every interface; from another machine e.g. ${reachAt})` : ''}`,
    `  MQTT broker  ${facts.mqttUrl}${facts.embeddedBroker ? ' (embedded)' : ''}`,
  ];
  if (facts.fingerprint) lines.push(`  TLS certificate SHA-256 fingerprint (agents pin it): ${facts.fingerprint}`);
  if (!http.loopback) {
    lines.push(
      `WARNING: the HTTP API is reachable from the network on ${http.host}. Every /api request needs a token.`,
      `  create one:  npx meshmind tokens create NAME${database}`,
      `  then:        ${tls && facts.certPath ? `NODE_EXTRA_CA_CERTS=${facts.certPath} ` : ''}MESHMIND_TOKEN=<token> npx meshmind chat --url ${reachAt} "${facts.exampleGoal ?? 'turn on the kitchen light'}"`,
      tls
        ? `  It is HTTPS with the certificate above: check its fingerprint when a browser asks.`
        : `  It is plain HTTP (--insecure): anyone who can watch the network can read a token. Use it only on a network you trust.`,
    );
  } else if (facts.requireToken) {
    lines.push(
      `Tokens are required (--require-token): npx meshmind tokens create NAME${database}`,
      `Try: MESHMIND_TOKEN=<token> npx meshmind chat "${facts.exampleGoal ?? 'turn on the kitchen light'}"`,
    );
  } else {
    lines.push(`Try: npx meshmind chat "${facts.exampleGoal ?? 'turn on the kitchen light'}"`);
  }
  lines.push(`Watch: ${listening}/ (the web console)`);
  return `${lines.join('\n')}\n`;
}
