// Account links (issue 12): invitations, forgot password, a new address confirmed from that address.
const th = {
  'mailKind.invitation': 'คำเชิญเข้าใช้ระบบ',
  'mailKind.password_reset': 'ลิงก์ตั้งรหัสผ่านใหม่',
  'mailKind.email_confirm': 'ยืนยันอีเมลใหม่',

  'login.usernameOrEmail': 'ชื่อผู้ใช้หรืออีเมล',
  'login.forgot': 'ลืมรหัสผ่าน',

  'forgot.title': 'ลืมรหัสผ่าน',
  'forgot.intro': 'กรอกอีเมลของบัญชี ระบบจะส่งลิงก์ตั้งรหัสผ่านใหม่ไปที่อีเมลนั้น ลิงก์ใช้ได้ครั้งเดียวภายใน 30 นาที',
  'forgot.email': 'อีเมล',
  'forgot.submit': 'ส่งลิงก์ตั้งรหัสผ่านใหม่',
  'forgot.sent': 'หากอีเมลนี้เป็นของบัญชีในระบบ ท่านจะได้รับลิงก์ตั้งรหัสผ่านใหม่ภายในไม่กี่นาที โปรดตรวจกล่องจดหมาย (และจดหมายขยะ) หากไม่ได้รับ โปรดติดต่อฝ่ายเลขานุการ (สำนักงาน ก.พ.)',

  'setPassword.welcomeTitle': 'ยินดีต้อนรับ — ตั้งรหัสผ่านของท่าน',
  'setPassword.welcome': 'เรียน {name} ชื่อผู้ใช้ของท่านคือ {username} (หรือใช้อีเมล {email} เข้าสู่ระบบ) ตั้งรหัสผ่านเพื่อเริ่มใช้งาน',
  'setPassword.resetTitle': 'ตั้งรหัสผ่านใหม่',
  'setPassword.resetIntro': 'ตั้งรหัสผ่านใหม่ของบัญชี เมื่อบันทึกแล้ว ทุกอุปกรณ์ที่เข้าสู่ระบบไว้จะถูกออกจากระบบ',
  'setPassword.password': 'รหัสผ่านใหม่ (อย่างน้อย 10 ตัวอักษร)',
  'setPassword.rules': 'ใช้ประโยคหรือหลายคำที่จำง่ายแต่เดายาก เช่น คำสี่ห้าคำที่ไม่เกี่ยวกัน ระบบไม่รับรหัสผ่านที่พบบ่อย (เช่น password12) หรือที่มีชื่อผู้ใช้ ชื่อ หรืออีเมลของท่าน',
  'setPassword.submit': 'บันทึกรหัสผ่าน',
  'setPassword.done': 'ตั้งรหัสผ่านแล้ว เข้าสู่ระบบด้วยชื่อผู้ใช้ {username} หรืออีเมลของท่าน',
  'setPassword.missing': 'ลิงก์ไม่ครบ โปรดเปิดลิงก์จากอีเมลอีกครั้ง',
  'setPassword.askNew': 'ขอลิงก์ใหม่',

  'confirmEmail.title': 'ยืนยันอีเมลใหม่',
  'confirmEmail.ask': 'ยืนยันว่าจะใช้อีเมลนี้กับบัญชีของท่าน',
  'confirmEmail.confirm': 'ยืนยันอีเมล',
  'confirmEmail.done': 'บัญชีของท่านใช้อีเมล {email} แล้ว',

  'account.changeEmail': 'เปลี่ยนอีเมล',
  'account.newEmail': 'อีเมลใหม่',
  'account.sendConfirm': 'ส่งลิงก์ยืนยันไปที่อีเมลใหม่',
  'account.pendingEmail': 'รอการยืนยันจาก {email}: เปิดลิงก์ในอีเมลที่ส่งไปเพื่อเปลี่ยน อีเมลเดิมยังใช้อยู่จนกว่าจะยืนยัน',

  'invite.title': 'เชิญผู้ใช้ทางอีเมล',
  'invite.intro': 'ผู้ได้รับเชิญตั้งรหัสผ่านเองจากลิงก์ในอีเมล (ใช้ได้ครั้งเดียว ภายใน 7 วัน) ชื่อผู้ใช้ได้จากอีเมล อีเมลเข้าคิวในกล่องอีเมลขาออก',
  'invite.displayName': 'ชื่อ–นามสกุล',
  'invite.email': 'อีเมล',
  'invite.role': 'บทบาท',
  'invite.agency': 'หน่วยงาน (รหัส สำหรับผู้รายงาน)',
  'invite.language': 'ภาษาของอีเมล',
  'invite.submit': 'ส่งคำเชิญ',
  'invite.sent': 'เชิญ {name} แล้ว (ชื่อผู้ใช้ {username}) คำเชิญอยู่ในกล่องอีเมลขาออก',
  'invite.again': 'ส่งลิงก์ตั้งรหัสผ่าน',
  'invite.againDone': 'ส่งแล้ว',
};

const en: Record<keyof typeof th, string> = {
  'mailKind.invitation': 'Invitation',
  'mailKind.password_reset': 'Password reset link',
  'mailKind.email_confirm': 'New address confirmation',

  'login.usernameOrEmail': 'Username or e-mail',
  'login.forgot': 'Forgot your password?',

  'forgot.title': 'Forgot your password?',
  'forgot.intro': "Enter your account's e-mail address: a link to set a new password goes to it. The link works once, within 30 minutes.",
  'forgot.email': 'E-mail',
  'forgot.submit': 'Send the link',
  'forgot.sent': 'If an account has this address, a link to set a new password arrives within a few minutes. Check your inbox (and spam folder); if nothing arrives, contact the secretariat (OCSC).',

  'setPassword.welcomeTitle': 'Welcome — set your password',
  'setPassword.welcome': 'Dear {name}, your username is {username} (or sign in with {email}). Set a password to start.',
  'setPassword.resetTitle': 'Set a new password',
  'setPassword.resetIntro': 'Set a new password for your account. Saving it signs every device out.',
  'setPassword.password': 'New password (at least 10 characters)',
  'setPassword.rules': 'Use a phrase or several unrelated words: easy to remember, hard to guess. Common passwords (such as password12) and passwords containing your username, name or address are refused.',
  'setPassword.submit': 'Save the password',
  'setPassword.done': 'Password set. Sign in with the username {username} or your e-mail address.',
  'setPassword.missing': 'The link is incomplete: open it from the e-mail again.',
  'setPassword.askNew': 'Ask for a new link',

  'confirmEmail.title': 'Confirm your new address',
  'confirmEmail.ask': 'Confirm that your account should use this address.',
  'confirmEmail.confirm': 'Confirm the address',
  'confirmEmail.done': 'Your account now uses {email}.',

  'account.changeEmail': 'Change the address',
  'account.newEmail': 'New address',
  'account.sendConfirm': 'Send a confirmation link to the new address',
  'account.pendingEmail': 'Waiting for confirmation from {email}: open the link sent there to switch. The current address stays until then.',

  'invite.title': 'Invite by e-mail',
  'invite.intro': 'The person sets their own password from the link in the e-mail (it works once, within 7 days). The username comes from the address; the invitation waits in the outbox.',
  'invite.displayName': 'Full name',
  'invite.email': 'E-mail',
  'invite.role': 'Role',
  'invite.agency': 'Agency (code, for reporters)',
  'invite.language': 'Language of e-mails',
  'invite.submit': 'Send the invitation',
  'invite.sent': '{name} invited (username {username}); the invitation is in the outbox.',
  'invite.again': 'Send a set-password link',
  'invite.againDone': 'Sent',
};

export const accounts = { th, en };
