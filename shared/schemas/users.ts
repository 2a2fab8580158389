import { z } from './zod';
import { LANGUAGES } from '../domain';
import { RoleSchema } from './domain';
import { EmailSchema, IdSchema, PageSchema, SearchSchema, VersionSchema } from './common';
import { NewPasswordSchema, UsernameSchema } from './auth';

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200);

/** A reporter reports for exactly one agency; other roles belong to none. */
const agencyMatchesRole = (v: { role?: string; agencyId?: number | null }) =>
  v.role === undefined || (v.role === 'reporter') === (v.agencyId !== null && v.agencyId !== undefined);
const agencyRoleMessage = {
  path: ['agencyId'],
  message: 'agency_role_mismatch',
};

export const UserListInput = PageSchema.extend({
  q: SearchSchema.optional(),
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
    /** Where notices and reminders go; empty: none. */
    email: EmailSchema.nullable().default(null),
    password: NewPasswordSchema,
  })
  .refine(agencyMatchesRole, agencyRoleMessage);
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z
  .object({
    id: IdSchema,
    version: VersionSchema,
    displayName: DisplayNameSchema,
    role: RoleSchema,
    agencyId: IdSchema.nullable(),
    active: z.boolean(),
    /** Left out: unchanged; null: removed. */
    email: EmailSchema.nullable().optional(),
  })
  .refine(agencyMatchesRole, agencyRoleMessage);
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserResetPasswordInput = z.object({ id: IdSchema, password: NewPasswordSchema });
export type UserResetPasswordInput = z.infer<typeof UserResetPasswordInput>;

/** The roles an invitation may give: the secretariat creates admin and committee accounts itself. */
export const INVITABLE_ROLES = ['reporter', 'analyst'] as const;

/** One person invited by the secretariat: they set their own password from the link. */
export const UserInviteInput = z
  .object({
    displayName: DisplayNameSchema,
    email: EmailSchema,
    role: z.enum(INVITABLE_ROLES),
    agencyId: IdSchema.nullable().default(null),
    language: z.enum(LANGUAGES).default('th'),
  })
  .refine(agencyMatchesRole, agencyRoleMessage);
export type UserInviteInput = z.infer<typeof UserInviteInput>;

/** A new set-password link for an account that has an address (the previous link stops working). */
export const UserIdInput = z.object({ id: IdSchema });
export type UserIdInput = z.infer<typeof UserIdInput>;

/** The largest contact file: one row per agency contact, for ~8,300 agencies with room to spare. */
export const INVITE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** Columns of the contact file (agency_code, name, email, role); header names are what count. */
export const INVITE_IMPORT_COLUMNS = ['agency_code', 'name', 'email', 'role'] as const;

/** Invitations from a CSV/XLSX of agency contacts: check first (dry run), then invite all or none. */
export const UserInviteImportInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  format: z.enum(['csv', 'xlsx']),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((INVITE_IMPORT_MAX_BYTES * 4) / 3) + 4),
  dryRun: z.boolean().default(false),
  language: z.enum(LANGUAGES).default('th'),
});
export type UserInviteImportInput = z.infer<typeof UserInviteImportInput>;

/** Active agencies with no active reporter who has an address (who cannot be reached by e-mail). */
export const UnreachableAgenciesInput = PageSchema.extend({ q: SearchSchema.optional() }).default({ limit: 50, offset: 0 });
export type UnreachableAgenciesInput = z.infer<typeof UnreachableAgenciesInput>;
