// English for messages/accounts.ts, in a chunk of its own: it loads only when a reader
// chooses English (client/i18n/index.ts, loadEnglish). Every Thai key needs its English.
import type { accounts } from '../accounts';

type Th = (typeof accounts)['th'];

export const en: Record<keyof Th, string> = {
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
  'inviteImport.title': 'Invite from a file of agency contacts',
  'inviteImport.hint': 'A CSV (UTF-8) or XLSX file with the columns agency_code, name, email, role (reporter: with an agency code; analyst: without). Admins and committee members cannot be invited from a file. Check first, then invite the whole file (all or nothing); invitations leave 30 a minute.',
  'inviteImport.file': 'Contact file (CSV or XLSX)',
  'inviteImport.run': 'Invite all ({n})',
  'inviteImport.summary': '{rows} rows: {n} to invite, {errors} error(s) (nothing saved yet)',
  'inviteImport.done': '{n} invited; the invitations are in the outbox and leave gradually.',
  'inviteImport.preview': 'Who will be invited (first {n} of {total})',
  'inviteImport.value': 'Value in the file',
  'unreachable.title': 'Agencies without a reporter with an address',
  'unreachable.intro': 'Active agencies with no reporter who has an e-mail address: they receive no opening notice and no deadline reminders (demo agencies left out).',
  'unreachable.caption': 'Agencies not reachable by e-mail ({n})',
  'unreachable.code': 'Code',
  'unreachable.name': 'Agency',
};
