import { z } from './zod';
import { STATUS_METHODS, STATUSES } from '../status';

export const StatusMethodSchema = z.enum(STATUS_METHODS);

export const StatusSchema = z.enum(STATUSES);
