import type { Area, Capability } from '@meshmind/protocol';

/** What the planner knows of a device: the registry's profile, reduced to what references need. */
export interface PlannerDevice {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  nouns: string[];
  area: Area | null;
  capabilities: Capability[];
  online: boolean;
}

export interface PlanContext {
  /** Area the person speaks from (a panel in the living room): "the light" means the light there. */
  fromAreaId?: string;
  /** Devices the previous turn acted on, for "it" / "them". */
  lastDeviceIds?: string[];
}

export interface PlannedSubtask {
  deviceId: string;
  /** One natural-language sentence addressed to that device. */
  text: string;
}

export type Plan =
  | { kind: 'subtasks'; subtasks: PlannedSubtask[]; unresolved: string[] }
  | { kind: 'clarify'; question: string };

/** Turns a person's goal into natural-language subtasks, one device each. */
export interface Planner {
  plan(text: string, devices: PlannerDevice[], context: PlanContext): Promise<Plan>;
}
