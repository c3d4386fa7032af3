import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Topics } from '@meshmind/protocol';
import { LocalSecurity } from '../src/security/local-security';
import { MosquittoAccessSync } from '../src/security/mosquitto-access-sync';

describe('MosquittoAccessSync', () => {
  let directory: string;
  let security: LocalSecurity;
  let warnings: string[];
  let sync: MosquittoAccessSync;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'meshmind-mosquitto-sync-'));
    mkdirSync(join(directory, 'run'));
    security = new LocalSecurity({ databasePath: ':memory:' });
    warnings = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    sync = new MosquittoAccessSync({ directory, credentials: security.credentials, topics: new Topics(), brokerUrl: 'mqtt://127.0.0.1:1', logger });
  });
  afterEach(async () => {
    await sync.stop();
    security.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes an enrolled identity in and a revoked one out, from the credential store', async () => {
    security.coordinator();
    security.device('zigbee2mqtt-0x01');
    await sync.start();
    expect(readFileSync(join(directory, 'passwd'), 'utf8')).toMatch(/^device\.zigbee2mqtt-0x01:\$7\$/m);
    expect(readFileSync(join(directory, 'acl'), 'utf8')).toContain(`user device.zigbee2mqtt-0x01\ntopic write ${new Topics().device('zigbee2mqtt-0x01', 'profile')}`);
    security.revokeDevice('zigbee2mqtt-0x01');
    await sync.rewrite();
    expect(readFileSync(join(directory, 'passwd'), 'utf8')).not.toContain('device.zigbee2mqtt-0x01');
    expect(readFileSync(join(directory, 'acl'), 'utf8')).not.toContain('device.zigbee2mqtt-0x01');
    expect(readFileSync(join(directory, 'passwd'), 'utf8')).toMatch(/^coordinator:/m);
  });

  it('does not signal a process that is not Mosquitto (a stale pid file), and says to reload by hand', async () => {
    // This very process: a SIGHUP would end the test run.
    writeFileSync(join(directory, 'run', 'mosquitto.pid'), `${process.pid}\n`);
    await sync.start();
    await sync.rewrite();
    expect(warnings.join('')).toContain('reload it yourself');
    expect(warnings).toHaveLength(1);
  });
});
