import { describe, expect, it } from 'vitest';
import { AccessPolicy, Topics, principalOf, type Principal } from '../src/index';

const topics = new Topics();

describe('AccessPolicy answers each principal by its own rules, asked once or many times', () => {
  it('lets an agent publish its reports and read its subtasks, and nothing of another device', () => {
    const policy = new AccessPolicy(topics);
    const lamp = principalOf('device.lamp')!;
    for (let round = 0; round < 3; round += 1) {
      expect(policy.mayPublish(lamp, topics.device('lamp', 'reports'))).toBe(true);
      expect(policy.mayRead(lamp, topics.device('lamp', 'subtasks'))).toBe(true);
      expect(policy.mayPublish(lamp, topics.device('fan', 'reports'))).toBe(false);
      expect(policy.mayRead(lamp, topics.device('fan', 'subtasks'))).toBe(false);
      expect(policy.maySubscribe(lamp, topics.device('lamp', 'subtasks'))).toBe(true);
      expect(policy.maySubscribe(lamp, topics.allDevices('subtasks'))).toBe(false);
    }
  });

  it('keeps two agents apart when both are asked about in turn', () => {
    const policy = new AccessPolicy(topics);
    const lamp = principalOf('device.lamp')!;
    const fan = principalOf('device.fan')!;
    expect(policy.mayRead(lamp, topics.device('lamp', 'subtasks'))).toBe(true);
    expect(policy.mayRead(fan, topics.device('lamp', 'subtasks'))).toBe(false);
    expect(policy.mayRead(fan, topics.device('fan', 'subtasks'))).toBe(true);
    expect(policy.mayRead(lamp, topics.device('fan', 'subtasks'))).toBe(false);
  });

  it("reads every device's reports as the coordinator, and publishes only subtasks (or an empty retained clear)", () => {
    const policy = new AccessPolicy(topics);
    const coordinator: Principal = { kind: 'coordinator' };
    for (let round = 0; round < 2; round += 1) {
      expect(policy.mayRead(coordinator, topics.device('lamp', 'reports'))).toBe(true);
      expect(policy.mayPublish(coordinator, topics.device('lamp', 'subtasks'), '{}')).toBe(true);
      expect(policy.mayPublish(coordinator, topics.device('lamp', 'state'), '{}')).toBe(false);
      expect(policy.mayPublish(coordinator, topics.device('lamp', 'state'), '')).toBe(true);
      expect(policy.mayRead(coordinator, topics.device('lamp', 'subtasks'))).toBe(false);
    }
  });

  it('hands out its rules as a list of its own each time (the Mosquitto ACL writer may change it)', () => {
    const policy = new AccessPolicy(topics);
    const lamp = principalOf('device.lamp')!;
    const first = policy.rules(lamp);
    first.length = 0;
    expect(policy.rules(lamp).length).toBeGreaterThan(0);
    expect(policy.mayPublish(lamp, topics.device('lamp', 'reports'))).toBe(true);
  });
});
