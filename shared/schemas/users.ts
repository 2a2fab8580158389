import { z } from 'zod';
import { RoleSchema } from './domain';
import { IdSchema, PageSchema } from './common';
import { NewPasswordSchema, UsernameSchema } from './auth';

export const DisplayNameSchema = z
  .string({ error: 'ต้องระบุชื่อที่แสดง / display name is required' })
  .trim()
  .min(1, 'ต้องระบุชื่อที่แสดง / display name is required')
  .max(200, 'ชื่อที่แสดงยาวได้ไม่เกิน 200 ตัวอักษร / display name must be at most 200 characters');

/** A reporter reports for exactly one agency; other roles belong to none. */
const agencyMatchesRole = (v: { role?: string; agencyId?: number | null }) =>
  v.role === undefined || (v.role === 'reporter') === (v.agencyId !== null && v.agencyId !== undefined);
const agencyRoleMessage = {
  path: ['agencyId'],
  message:
    'ผู้รายงานต้องสังกัดหนึ่งหน่วยงาน และบทบาทอื่นต้องไม่ระบุหน่วยงาน / a reporter needs exactly one agency; other roles have none',
};

export const UserListInput = PageSchema.extend({
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
  active: z.boolean().optional(),
}).default({ limit: 50, offset: 0 });
export type UserListInput = z.infer<typeof UserListInput>;

export const UserCreateInput = z
  .object({
    username: UsernameSchema,
    displayName: DisplayNameSchema,
    role: RoleSchema,
    agencyId: IdSchema.nullable().default(null),
    password: NewPasswordSchema,
  })
  .refine(agencyMatchesRole, agencyRoleMessage);
export type UserCreateInput = z.infer<typeof UserCreateInput>;

/**
 * `updatedAt` is the row's version token as loaded (the user table predates a version
 * column; see docs/decisions/0004-auth-and-reporting.md).
 */
export const UserUpdateInput = z
  .object({
    id: IdSchema,
    updatedAt: z.string().min(1, 'ต้องระบุรุ่นของข้อมูลที่โหลดมา / updatedAt (version) is required'),
    displayName: DisplayNameSchema,
    role: RoleSchema,
    agencyId: IdSchema.nullable(),
    active: z.boolean(),
  })
  .refine(agencyMatchesRole, agencyRoleMessage);
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserResetPasswordInput = z.object({ id: IdSchema, password: NewPasswordSchema });
export type UserResetPasswordInput = z.infer<typeof UserResetPasswordInput>;
