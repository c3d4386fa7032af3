import { describe, expect, it } from 'vitest';
import { openLexicon } from '@meshmind/rag';
import { nameValue, secretValue, withoutValues } from '../src/arguments/string-values';

/** A network's name and password as people type them to a device: contracted, abbreviated, asked. */
describe('network values in a request', () => {
  it('reads a secret after a contracted copula', () => {
    expect(secretValue("Join CafeNet, the password's latte42.")).toBe('latte42');
    expect(secretValue('hook up to Barn_Wifi, the key’s hayloft9')).toBe('hayloft9');
    expect(secretValue('the passphrase is moss-green then')).toBe('moss-green');
  });

  it('leaves the question mark that closes the sentence off a value, and keeps a "!" that passwords often have', () => {
    expect(secretValue('Can you join Attic with password owl88?')).toBe('owl88');
    expect(secretValue('Use the key tulip3!')).toBe('tulip3!');
    expect(nameValue('Could you join the network named Cellar?')).toBe('Cellar');
  });

  it('reads the short form of a password', () => {
    expect(secretValue('join wifi ssid Pantry pw crumble5')).toBe('crumble5');
  });

  it('takes the name after a naming verb and its pronoun, not the pronoun', () => {
    expect(nameValue('Open a hotspot, name it Lighthouse, password beam2', 'beam2')).toBe('Lighthouse');
    expect(nameValue('Start your own network. Call it Harbour and use the key tide77', 'tide77')).toBe('Harbour');
    expect(nameValue('make a hotspot and call it Kestrel')).toBe('Kestrel');
  });

  it('reads a plain noun after the network noun as the thing it describes, not a name', () => {
    const wordNet = openLexicon().wordNet;
    expect(nameValue('restart the wifi adapter', undefined, wordNet)).toBeUndefined();
    expect(nameValue('update the wifi driver', undefined, wordNet)).toBeUndefined();
    expect(nameValue('reset the network card please', undefined, wordNet)).toBeUndefined();
    expect(nameValue('connect to network OfficeNet', undefined, wordNet)).toBe('OfficeNet');
    expect(nameValue('join network Conservatory, password glass77', 'glass77', wordNet)).toBe('Conservatory');
  });

  it('takes a coined name after the network noun over the plain word before it', () => {
    expect(nameValue('join network Conservatory, password glass77', 'glass77')).toBe('Conservatory');
    expect(nameValue('hop on the open network Boathouse2 with key oars', 'oars')).toBe('Boathouse2');
    expect(nameValue('use wifi Loft_East pw dusty1', 'dusty1')).toBe('Loft_East');
    expect(nameValue('start hotspot Weaver password loom123', 'loom123')).toBe('Weaver');
  });

  it('keeps the name before the noun where it looks coined, or where neither side does', () => {
    expect(nameValue('get onto the Granary network, key wheat9', 'wheat9')).toBe('Granary');
    expect(nameValue('Join the Mill-Pond wifi, password ducks', 'ducks')).toBe('Mill-Pond');
    expect(nameValue('connect to the attic network with password beams', 'beams')).toBe('attic');
  });

  it('gives no value for a question about the value', () => {
    expect(secretValue("What's the wifi password?")).toBeUndefined();
    expect(secretValue('what is the passphrase')).toBeUndefined();
    expect(nameValue("What's the hotspot called?")).toBeUndefined();
  });

  it('takes the naming phrase out of the text retrieval reads', () => {
    expect(withoutValues('Start a hotspot, call it Kestrel')).toBe('Start a hotspot,');
    expect(withoutValues("Join the Garden network, the password's rose11.")).toBe('Join the Garden network,.');
  });

  it('reads no preposition or lone digit before the network noun as its name, and closes a bracketed aside', () => {
    expect(nameValue('hook up through wifi to Orchard-2, pw pear7', 'pear7')).not.toBe('through');
    expect(nameValue('pls connect 2 wifi Granary pass wheat99', 'wheat99')).toBe('Granary');
    expect(secretValue('join wifi Loft (passphrase barn-owl3)')).toBe('barn-owl3');
    expect(secretValue('join wifi Loft, key (barn)owl3')).toBe('(barn)owl3');
  });
});
