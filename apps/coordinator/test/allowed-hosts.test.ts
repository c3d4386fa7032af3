import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { AllowedHosts, hostOfHeader, isLoopbackHost } from '../src/security/allowed-hosts';

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST'])('calls %s loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['0.0.0.0', '::', '192.168.1.5', 'example.com', '128.0.0.1'])('calls %s beyond loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('hostOfHeader', () => {
  it.each([
    ['localhost:8080', 'localhost'],
    ['Example.COM', 'example.com'],
    ['example.com.:80', 'example.com'],
    ['[::1]:8080', '::1'],
    ['[FE80::1]', 'fe80::1'],
  ])('reads %s as %s', (header, host) => {
    expect(hostOfHeader(header)).toBe(host);
  });
  it.each(['', ':80', '::1', '[::1', '[::1]x', 'host:port', 'a:1:2'])('refuses the malformed %j', (header) => {
    expect(hostOfHeader(header)).toBeNull();
  });
});

describe('AllowedHosts', () => {
  it('allows the loopback names and the bind host, and nothing else, when bound to one address', () => {
    const hosts = new AllowedHosts('192.168.1.5');
    for (const header of ['localhost:1', '127.0.0.1', '[::1]:9', '192.168.1.5:8080']) expect(hosts.allows(header)).toBe(true);
    for (const header of ['attacker.example', hostname(), '10.0.0.1', undefined]) expect(hosts.allows(header)).toBe(false);
  });

  it("adds the machine's hostname and interface addresses when bound to every interface", () => {
    const hosts = new AllowedHosts('0.0.0.0');
    expect(hosts.allows(`${hostname()}:8080`)).toBe(true);
    expect(hosts.allows('attacker.example')).toBe(false);
  });

  it('adds the names it is given, whatever their case', () => {
    const hosts = new AllowedHosts('127.0.0.1', ['Home.Example']);
    expect(hosts.allows('home.example:443')).toBe(true);
  });
});
