import { MailPreferencesInput, NoticeListInput, NoticeMarkReadInput, OutboxIdInput, OutboxListInput, UnsubscribeInput } from '../../shared/schemas/notifications';
import { adminProcedure, authedProcedure, publicProcedure, router } from '../trpc';
import { mailSettingsFromEnv } from './config';
import { listOutbox, markNoticesRead, myMailPreferences, myNotices, outboxMessage, outboxSummary, resendMessage, setMailPreferences, unsubscribe } from './service';

export const notificationRouter = router({
  /** The secretariat's Outbox page. */
  outbox: adminProcedure.input(OutboxListInput).query(({ ctx, input }) => listOutbox(ctx.db, input, mailSettingsFromEnv())),
  outboxSummary: adminProcedure.query(({ ctx }) => outboxSummary(ctx.db, mailSettingsFromEnv())),
  message: adminProcedure.input(OutboxIdInput).query(({ ctx, input }) => outboxMessage(ctx.db, input, mailSettingsFromEnv())),
  resend: adminProcedure.input(OutboxIdInput).mutation(({ ctx, input }) => resendMessage(ctx.db, ctx.user, input)),
  /** Everyone signed in: their own e-mail settings. */
  preferences: authedProcedure.query(({ ctx }) => myMailPreferences(ctx.db, ctx.user)),
  setPreferences: authedProcedure.input(MailPreferencesInput).mutation(({ ctx, input }) => setMailPreferences(ctx.db, ctx.user, input)),
  /** Everyone signed in: their own in-app notices (the header's list) and marking them read. */
  mine: authedProcedure.input(NoticeListInput).query(({ ctx, input }) => myNotices(ctx.db, ctx.user, input)),
  markRead: authedProcedure.input(NoticeMarkReadInput).mutation(({ ctx, input }) => markNoticesRead(ctx.db, ctx.user, input)),
  /** The signed link in every e-mail: no sign-in needed, the signature is the permission. */
  unsubscribe: publicProcedure.input(UnsubscribeInput).mutation(({ ctx, input }) => unsubscribe(ctx.db, input)),
});
