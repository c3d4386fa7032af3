import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '@meshmind/protocol';

describe('cacheStatements on real SQLite', () => {
  function open(kept?: number): Database.Database {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    cacheStatements(sqlite, kept);
    return sqlite;
  }

  it('hands out the compiled statement again for the same SQL text', () => {
    const sqlite = open();
    const first = sqlite.prepare('SELECT name FROM items WHERE id = ?');
    expect(sqlite.prepare('SELECT name FROM items WHERE id = ?')).toBe(first);
    expect(sqlite.prepare('SELECT id FROM items WHERE id = ?')).not.toBe(first);
    sqlite.close();
  });

  it('resets raw, pluck and expand modes, which a previous user may have left on', () => {
    const sqlite = open();
    sqlite.prepare('INSERT INTO items (id, name) VALUES (?, ?)').run(1, 'lamp');
    sqlite.prepare('INSERT INTO items (id, name) VALUES (?, ?)').run(2, 'fan');
    expect(sqlite.prepare('SELECT id, name FROM items ORDER BY id').raw().all()).toEqual([[1, 'lamp'], [2, 'fan']]);
    expect(sqlite.prepare('SELECT id, name FROM items ORDER BY id').all()).toEqual([{ id: 1, name: 'lamp' }, { id: 2, name: 'fan' }]);
    expect(sqlite.prepare('SELECT id, name FROM items ORDER BY id').pluck().all()).toEqual([1, 2]);
    expect(sqlite.prepare('SELECT id, name FROM items ORDER BY id').get()).toEqual({ id: 1, name: 'lamp' });
    sqlite.close();
  });

  it('keeps at most the given number of texts, dropping the least recently used', () => {
    const sqlite = open(2);
    const a = sqlite.prepare('SELECT 1');
    const b = sqlite.prepare('SELECT 2');
    expect(sqlite.prepare('SELECT 1')).toBe(a); // now the most recent
    sqlite.prepare('SELECT 3'); // drops 'SELECT 2'
    expect(sqlite.prepare('SELECT 1')).toBe(a);
    expect(sqlite.prepare('SELECT 2')).not.toBe(b);
    sqlite.close();
  });

  it('sees a table changed under a cached statement', () => {
    const sqlite = open();
    sqlite.prepare('INSERT INTO items (id, name) VALUES (?, ?)').run(1, 'lamp');
    expect(sqlite.prepare('SELECT * FROM items').all()).toEqual([{ id: 1, name: 'lamp' }]);
    sqlite.exec("ALTER TABLE items ADD COLUMN room TEXT NOT NULL DEFAULT 'hall'");
    expect(sqlite.prepare('SELECT * FROM items').all()).toEqual([{ id: 1, name: 'lamp', room: 'hall' }]);
    sqlite.close();
  });
});
