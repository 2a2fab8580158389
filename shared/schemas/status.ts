import { z } from 'zod';
import { STATUS_METHODS, STATUSES } from '../status';

export const StatusMethodSchema = z.enum(STATUS_METHODS, {
  error: 'วิธีคำนวณสถานะต้องเป็น trajectory หรือ growth / method must be trajectory or growth',
});

export const StatusSchema = z.enum(STATUSES);
