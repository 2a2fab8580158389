import { z } from './zod';
import { EmailSchema } from './common';

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/);

/** The shortest new password; the server also refuses guessable ones (server/accounts/password-rules.ts). */
export const PASSWORD_MIN_LENGTH = 10;

/** New passwords: long rather than complex (NIST SP 800-63B §5.1.1.2). */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
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

/** The secret of a single-use account link (invitation, reset, new address), from its `?t=`. */
export const LinkTokenSchema = z.string().trim().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/);

export const LinkTokenInput = z.object({ token: LinkTokenSchema });
export type LinkTokenInput = z.infer<typeof LinkTokenInput>;

/** Setting a password from an invitation or a reset link. */
export const SetPasswordInput = z.object({ token: LinkTokenSchema, password: NewPasswordSchema });
export type SetPasswordInput = z.infer<typeof SetPasswordInput>;

/** "ลืมรหัสผ่าน": the answer is the same whether an account has this address or not. */
export const PasswordResetRequestInput = z.object({ email: EmailSchema });
export type PasswordResetRequestInput = z.infer<typeof PasswordResetRequestInput>;

/** A new address for one's own account: it takes effect when the link sent to it is opened. */
export const EmailChangeRequestInput = z.object({ email: EmailSchema });
export type EmailChangeRequestInput = z.infer<typeof EmailChangeRequestInput>;
