import { z } from 'zod';

/** A Buddhist Era year in the range the product handles (CPI history starts 2555 = 2012). */
export const YearSchema = z
  .number({ error: 'ปี (พ.ศ.) ต้องเป็นตัวเลข / year must be a number' })
  .int('ปีต้องเป็นจำนวนเต็ม / year must be a whole number')
  .min(2540, 'ปี พ.ศ. ต้องไม่น้อยกว่า 2540 / year (B.E.) must be 2540 or later')
  .max(2600, 'ปี พ.ศ. ต้องไม่เกิน 2600 / year (B.E.) must be 2600 or earlier');

export const IdSchema = z.number().int().positive();

export const PageSchema = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
