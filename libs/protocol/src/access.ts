import type { DeviceChannel, Topics } from './topics';
import { levelsMatch, TopicFilterSet } from './topic-filter-set';
import { isValidTopicSegment } from './topics';

/**
 * Who an MQTT client is, and what its job lets it do on the broker (least privilege, like a
 * Mosquitto ACL file). The same rules are enforced by the embedded aedes broker's hooks and
 * written out as a Mosquitto ACL, so both brokers say yes and no to exactly the same things.
 *
 *   coordinator     publishes subtasks to every device; reads every device's profile, availability,
 *                   state, reports and progress; may clear a decommissioned device's retained topics
 *   agent <id>      publishes its own profile, availability, state, reports and progress; reads its
 *                   own subtasks; nothing of any other device
 *
 * Nobody else has any right, and nothing is granted because of the topic a message arrives on.
 */
export type Principal = { kind: 'coordinator' } | { kind: 'agent'; deviceId: string };

export type AccessRight = 'read' | 'write';

export interface AccessRule {
  access: AccessRight;
  /** A topic filter: `+` stands for one device id, and only there. */
  topic: string;
}

export const COORDINATOR_USERNAME = 'coordinator';
const AGENT_USERNAME_PREFIX = 'device.';

/** The broker username of a principal: `coordinator`, or `device.<deviceId>` for an agent. */
export function usernameOf(principal: Principal): string {
  return principal.kind === 'coordinator' ? COORDINATOR_USERNAME : `${AGENT_USERNAME_PREFIX}${principal.deviceId}`;
}

/** The principal a broker username names, or null for a name meshmind never issues. */
export function principalOf(username: string): Principal | null {
  if (username === COORDINATOR_USERNAME) return { kind: 'coordinator' };
  if (!username.startsWith(AGENT_USERNAME_PREFIX)) return null;
  const deviceId = username.slice(AGENT_USERNAME_PREFIX.length);
  return isValidTopicSegment(deviceId) ? { kind: 'agent', deviceId } : null;
}

/**
 * The MQTT client id a principal must connect with. Binding it to the identity stops one client
 * from taking over another's session (a second CONNECT with the same client id disconnects the first).
 */
export function clientIdMatches(principal: Principal, clientId: string): boolean {
  if (principal.kind === 'coordinator') return /^meshmind-coordinator(-[A-Za-z0-9]{1,32})?$/.test(clientId);
  return clientId === agentClientId(principal.deviceId);
}

export function agentClientId(deviceId: string): string {
  return `meshmind-agent-${deviceId}`;
}

const AGENT_WRITES: readonly DeviceChannel[] = ['profile', 'availability', 'state', 'reports', 'progress'];
const COORDINATOR_READS: readonly DeviceChannel[] = ['profile', 'availability', 'state', 'reports', 'progress'];
/** Retained topics the coordinator may clear (an empty retained payload) when a device is removed. */
const COORDINATOR_CLEARS: readonly DeviceChannel[] = ['profile', 'availability', 'state'];

export class AccessPolicy {
  /**
   * Each principal's rules, built once: the broker asks for every publish and every delivery (four
   * to six times per subtask), and each call built the rules' topic strings again. Keyed by the
   * principal object a broker session holds, so a session's rules go when the session does.
   */
  private readonly rulesOf = new WeakMap<Principal, readonly AccessRule[]>();
  /** The same rules' filters, by right, each read once (topic-filter-set.ts). */
  private readonly filtersOf = new WeakMap<Principal, Record<AccessRight, TopicFilterSet>>();

  constructor(private readonly topics: Topics) {}

  /** Every rule of one principal, as data: enforced by aedes, written into Mosquitto's ACL file. */
  rules(principal: Principal): AccessRule[] {
    if (principal.kind === 'agent') {
      return [
        ...AGENT_WRITES.map((channel) => ({ access: 'write' as const, topic: this.topics.device(principal.deviceId, channel) })),
        { access: 'read', topic: this.topics.device(principal.deviceId, 'subtasks') },
      ];
    }
    return [
      { access: 'write', topic: this.topics.allDevices('subtasks') },
      ...COORDINATOR_CLEARS.map((channel) => ({ access: 'write' as const, topic: this.topics.allDevices(channel) })),
      ...COORDINATOR_READS.map((channel) => ({ access: 'read' as const, topic: this.topics.allDevices(channel) })),
    ];
  }

  /**
   * May this principal publish on this (wildcard-free) topic? The coordinator writes to a device's
   * profile, availability or state only to clear it: an empty payload, nothing else.
   */
  mayPublish(principal: Principal, topic: string, payload: Uint8Array | string = ''): boolean {
    if (topic.startsWith('$') || /[+#]/.test(topic)) return false;
    if (!this.filters(principal).write.matches(topic)) return false;
    if (principal.kind === 'coordinator') {
      const channel = this.topics.parse(topic)?.channel;
      if (channel && channel !== 'subtasks') return payload.length === 0;
    }
    return true;
  }

  /** May this principal subscribe to this filter? Only to a filter its read rules fully cover. */
  maySubscribe(principal: Principal, filter: string): boolean {
    if (filter.startsWith('$')) return false;
    return this.cachedRules(principal).some((rule) => rule.access === 'read' && filterCovers(rule.topic, filter));
  }

  /** May this principal receive a message published on this topic? (checked again on delivery) */
  mayRead(principal: Principal, topic: string): boolean {
    return this.filters(principal).read.matches(topic);
  }

  private filters(principal: Principal): Record<AccessRight, TopicFilterSet> {
    let filters = this.filtersOf.get(principal);
    if (!filters) {
      const rules = this.cachedRules(principal);
      const of = (access: AccessRight) => new TopicFilterSet(rules.filter((rule) => rule.access === access).map((rule) => rule.topic));
      filters = { read: of('read'), write: of('write') };
      this.filtersOf.set(principal, filters);
    }
    return filters;
  }

  private cachedRules(principal: Principal): readonly AccessRule[] {
    let rules = this.rulesOf.get(principal);
    if (!rules) {
      rules = this.rules(principal);
      this.rulesOf.set(principal, rules);
    }
    return rules;
  }
}

/** MQTT topic matching: does a concrete topic fall under a filter with `+` and `#`? */
export function topicMatchesFilter(topic: string, filter: string): boolean {
  return levelsMatch(topic.split('/'), filter.split('/'));
}

/** Does a rule's filter cover every topic a requested filter can match? Rules use `+` only, never `#`. */
function filterCovers(ruleFilter: string, requested: string): boolean {
  const ruleLevels = ruleFilter.split('/');
  const requestedLevels = requested.split('/');
  if (requestedLevels.length !== ruleLevels.length) return false;
  return requestedLevels.every((level, index) => level !== '#' && (ruleLevels[index] === '+' || level === ruleLevels[index]));
}
