import { ActionSaveInput, CommentarySaveInput, FreezeInput, MeetingIdInput, MeetingSaveInput, PackInput } from '../../shared/schemas/meeting';
import { adminProcedure, insiderProcedure, publicProcedure, router } from '../trpc';
import { getMeeting, listMeetings, nextMeetingSummary, saveAction, saveCommentary, saveMeeting } from './meetings';
import { freezePack, getFrozenPack } from './pack';
import { previewPack } from './snapshot';

export const meetingRouter = router({
  /** Insiders: every meeting; everyone else: public meetings with a frozen pack. */
  list: publicProcedure.query(({ ctx }) => listMeetings(ctx.db, ctx.user)),
  get: insiderProcedure.input(MeetingIdInput).query(({ ctx, input }) => getMeeting(ctx.db, input.meetingId)),
  /** The live draft of the next pack (never public). */
  preview: insiderProcedure.input(MeetingIdInput).query(({ ctx, input }) => previewPack(ctx.db, input.meetingId)),
  /** A frozen pack: insiders always; anonymous visitors only for a meeting marked public. */
  pack: publicProcedure.input(PackInput).query(({ ctx, input }) => {
    const { id: _id, ...pack } = getFrozenPack(ctx.db, ctx.user, input);
    return pack;
  }),
  /** The meeting whose pack /report previews live (a scheduled one, or the next not yet entered). */
  next: insiderProcedure.query(({ ctx }) => nextMeetingSummary(ctx.db)),
  save: adminProcedure.input(MeetingSaveInput).mutation(({ ctx, input }) => saveMeeting(ctx.db, ctx.user, input)),
  saveCommentary: adminProcedure.input(CommentarySaveInput).mutation(({ ctx, input }) => saveCommentary(ctx.db, ctx.user, input)),
  saveAction: adminProcedure.input(ActionSaveInput).mutation(({ ctx, input }) => saveAction(ctx.db, ctx.user, input)),
  freeze: adminProcedure.input(FreezeInput).mutation(({ ctx, input }) => freezePack(ctx.db, ctx.user, input)),
});
