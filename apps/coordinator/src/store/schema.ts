import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import type { GoalStatus, SubtaskStatus } from '@meshmind/protocol';
import type { ConversationContext, HttpScope, StoredStep, StoredSubtaskResult } from './records';

export const conversations = sqliteTable('conversations', {
  id: text('id').primaryKey(),
  createdAt: integer('created_at').notNull(),
  /** Planner context carried between turns (last devices referred to, place). */
  context: text('context', { mode: 'json' }).$type<ConversationContext>().notNull(),
  /** SHA-256 of the conversation key its creator got; continuing over HTTP needs the key. Null for older conversations. */
  keyHash: text('key_hash'),
  /** The HTTP token that started the conversation, if any: continuing needs the same token. */
  ownerTokenId: text('owner_token_id'),
});

export const goals = sqliteTable('goals', {
  id: text('id').primaryKey(),
  conversationId: text('conversation_id').notNull(),
  text: text('text').notNull(),
  origin: text('origin'),
  status: text('status').$type<GoalStatus>().notNull(),
  answer: text('answer'),
  createdAt: integer('created_at').notNull(),
  finishedAt: integer('finished_at'),
  unresolved: text('unresolved', { mode: 'json' }).$type<string[]>(),
});

export const subtasks = sqliteTable('subtasks', {
  id: text('id').primaryKey(),
  goalId: text('goal_id')
    .notNull()
    .references(() => goals.id),
  deviceId: text('device_id').notNull(),
  deviceName: text('device_name').notNull(),
  text: text('text').notNull(),
  status: text('status').$type<SubtaskStatus>().notNull(),
  stage: text('stage'),
  message: text('message'),
  result: text('result', { mode: 'json' }).$type<StoredSubtaskResult>(),
  deadline: integer('deadline').notNull(),
  createdAt: integer('created_at').notNull(),
  finishedAt: integer('finished_at'),
  /** The plan step behind the subtask; null only on rows older than plan steps. */
  step: text('step', { mode: 'json' }).$type<StoredStep>(),
  /** A delayed step ("in 10 minutes") is not dispatched before this time. */
  notBefore: integer('not_before'),
  /** When the broker acknowledged the request (PUBACK); null while it is not handed over yet. */
  sentAt: integer('sent_at'),
});

export const devices = sqliteTable('devices', {
  id: text('id').primaryKey(),
  profile: text('profile', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  availability: text('availability').notNull(),
  state: text('state', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  updatedAt: integer('updated_at'),
});

export const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at').notNull(),
  kind: text('kind').notNull(),
  goalId: text('goal_id'),
  deviceId: text('device_id'),
  data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
});

/** MQTT identities: `derived` secrets come from the master key, `issued` ones are stored hashed only. */
export const mqttCredentials = sqliteTable('mqtt_credentials', {
  username: text('username').primaryKey(),
  kind: text('kind', { enum: ['derived', 'issued'] }).notNull(),
  deviceId: text('device_id'),
  secretHash: text('secret_hash'),
  mosquittoHash: text('mosquitto_hash'),
  createdAt: integer('created_at').notNull(),
  revokedAt: integer('revoked_at'),
});

/** Bearer tokens for the HTTP API (`meshmind tokens create`): only a hash of each secret is kept. */
export const httpTokens = sqliteTable('http_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  secretHash: text('secret_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  revokedAt: integer('revoked_at'),
  /** What the token may do; null: every scope (tokens made before scopes existed). */
  scopes: text('scopes', { mode: 'json' }).$type<HttpScope[]>(),
});

/**
 * Words this home taught the assistant in conversation: "call the floor lamp 'the big light'"
 * (kind 'alias') and the phrasing a correction fixed ("no, I meant the floor lamp": the words that
 * had reached the wrong device, kind 'correction'). One device per phrase; the planner reads them
 * as aliases of that device.
 */
export const learnedAliases = sqliteTable('learned_aliases', {
  id: text('id').primaryKey(),
  /** The words, normalised (lower case, single spaces), as the planner's tokenizer gives them. */
  phrase: text('phrase').notNull().unique(),
  deviceId: text('device_id').notNull(),
  kind: text('kind', { enum: ['alias', 'correction'] }).notNull(),
  /** The sentence that taught it, for the console. */
  taughtBy: text('taught_by').notNull(),
  conversationId: text('conversation_id'),
  createdAt: integer('created_at').notNull(),
});
