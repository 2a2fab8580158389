import { z } from './zod';

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/);

/** New passwords: long rather than complex (NIST SP 800-63B §5.1.1.2). */
export const NewPasswordSchema = z
  .string()
  .min(10)
  .max(200);

export const LoginInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(64),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'same_as_current',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
