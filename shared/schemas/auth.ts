import { z } from 'zod';

export const UsernameSchema = z
  .string({ error: 'ต้องระบุชื่อผู้ใช้ / username is required' })
  .trim()
  .toLowerCase()
  .min(3, 'ชื่อผู้ใช้ต้องยาวอย่างน้อย 3 ตัวอักษร / username must be at least 3 characters')
  .max(64, 'ชื่อผู้ใช้ยาวได้ไม่เกิน 64 ตัวอักษร / username must be at most 64 characters')
  .regex(/^[a-z0-9._-]+$/, 'ชื่อผู้ใช้ใช้ได้เฉพาะ a–z 0–9 . _ - / username may only use a–z 0–9 . _ -');

/** New passwords: long rather than complex (NIST SP 800-63B §5.1.1.2). */
export const NewPasswordSchema = z
  .string({ error: 'ต้องระบุรหัสผ่าน / password is required' })
  .min(10, 'รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร / password must be at least 10 characters')
  .max(200, 'รหัสผ่านยาวได้ไม่เกิน 200 ตัวอักษร / password must be at most 200 characters');

export const LoginInput = z.object({
  username: z
    .string({ error: 'ต้องระบุชื่อผู้ใช้ / username is required' })
    .trim()
    .toLowerCase()
    .min(1, 'ต้องระบุชื่อผู้ใช้ / username is required')
    .max(64),
  password: z.string({ error: 'ต้องระบุรหัสผ่าน / password is required' }).min(1, 'ต้องระบุรหัสผ่าน / password is required').max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'ต้องระบุรหัสผ่านปัจจุบัน / current password is required').max(200),
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'รหัสผ่านใหม่ต้องต่างจากรหัสผ่านเดิม / the new password must differ from the current one',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
