import { createValidator } from './validate';
import { DeviceDescriptionSchema } from './schemas/device-description';
import {
  DeviceProfileSchema,
  DeviceStateMessageSchema,
  SubtaskProgressSchema,
  SubtaskReportSchema,
  SubtaskRequestSchema,
} from './schemas/messages';
import { GoalRequestSchema } from './schemas/http';

/** One compiled validator per payload type; compile cost is paid once per process. */
export const MESSAGE_VALIDATORS = {
  deviceDescription: createValidator(DeviceDescriptionSchema),
  profile: createValidator(DeviceProfileSchema),
  state: createValidator(DeviceStateMessageSchema),
  subtaskRequest: createValidator(SubtaskRequestSchema),
  subtaskReport: createValidator(SubtaskReportSchema),
  subtaskProgress: createValidator(SubtaskProgressSchema),
  goalRequest: createValidator(GoalRequestSchema),
} as const;
