import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { isWildcardHost } from '@meshmind/coordinator';
import { DEFAULT_COORDINATOR_URL } from './paths';

export interface BannerFacts {
  scenarioName: string;
  deviceCount: number;
  /** What the scenario's agents are, said in the first line (default "devices"). */
  deviceWord?: string;
  /** A first thing to say to this kind of site (default: turn on the kitchen light). */
  exampleGoal?: string;
  /** The address the HTTP server really listens on, as the socket reports it. */
  http: { host: string; port: number; loopback: boolean };
  /**
   * The owner's token, for the console's login link: in the URL's fragment, which a browser never
   * sends, so it reaches no server log. Absent, the banner prints no link.
   */
  ownerToken?: string;
  /** Where the owner's token is kept for the CLI, when that is not the default .meshmind/owner.token. */
  ownerTokenFile?: string;
  /**
   * The banner goes to a terminal. Only then does it carry the login link: output that is not a
   * terminal (a systemd journal, a pipe, a file) is kept, and whoever reads it later would have the
   * owner's token; there it names the token's file instead. SECURITY.md, "What is not protected".
   */
  terminal?: boolean;
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
  const example = facts.exampleGoal ?? 'turn on the kitchen light';
  const stateDirectory = facts.ownerTokenFile ? dirname(facts.ownerTokenFile) : null;
  if (!http.loopback) {
    lines.push(
      `WARNING: the HTTP API is reachable from the network on ${http.host}. Every /api request needs a token.`,
      `  create one:  npx meshmind tokens create NAME${database}`,
      `  then:        ${tls && facts.certPath ? `NODE_EXTRA_CA_CERTS=${facts.certPath} ` : ''}MESHMIND_TOKEN=<token> npx meshmind chat --url ${reachAt} "${example}"`,
      tls
        ? `  It is HTTPS with the certificate above: check its fingerprint when a browser asks.`
        : `  It is plain HTTP (--insecure): anyone who can watch the network can read a token. Use it only on a network you trust.`,
    );
  }
  // On this machine the CLI reads the owner's token from its file; the default needs no variable.
  const chatPrefix = stateDirectory && stateDirectory !== '.meshmind' ? `MESHMIND_STATE_DIR=${stateDirectory} ` : '';
  const localUrl = urlOf(everywhere ? '127.0.0.1' : http.host, http.port, tls);
  const urlFlag = localUrl === DEFAULT_COORDINATOR_URL ? '' : ` --url ${localUrl}`;
  // Without a file (--db :memory:) the owner's token exists only in this process and in the link below.
  const tokenPrefix = facts.ownerTokenFile ? '' : 'MESHMIND_TOKEN=<the token of the console link> ';
  lines.push(`Try: ${tokenPrefix}${chatPrefix}npx meshmind chat${urlFlag} "${example}"${facts.ownerTokenFile ? `  (it sends the owner's token from ${facts.ownerTokenFile})` : ''}`);
  if (facts.ownerToken && facts.ownerTokenFile && facts.terminal !== true) {
    lines.push(
      `Console: ${reachAt}/  (log in with the owner's token from ${facts.ownerTokenFile})`,
      `  the login link is printed on a terminal only, so that no log keeps the token; make it with: echo "${reachAt}/#token=$(cat ${facts.ownerTokenFile})"`,
    );
  } else if (facts.ownerToken) {
    // On a terminal; or with --db :memory:, where the token lives in this process only and the link is the one way in.
    lines.push(
      `Console: ${reachAt}/#token=${facts.ownerToken}`,
      `  a login link with the owner's token: open it once and the browser keeps the token; keep it to yourself.`,
    );
  } else {
    lines.push(`Watch: ${listening}/ (the web console)`);
  }
  return `${lines.join('\n')}\n`;
}
