import {
  FormCloseInput,
  FormCreateInput,
  FormIdInput,
  FormSubmitInput,
  ObservationAddInput,
  ProjectIdInput,
  PublicFormInput,
  ReadinessSetInput,
  RoundIdInput,
  RoundPlanInput,
  RoundSaveInput,
  RoundVersionInput,
} from '../../shared/schemas/activities';
import { adminProcedure, insiderProcedure, plannerProcedure, publicProcedure, router } from '../trpc';
import { closeForm, compareRoundResults, createForm, getFormLink, getFormResults, getPublicForm, submitResponse } from './forms';
import { listQuestionSets } from './question-sets';
import { setReadiness } from './readiness';
import { addObservation, confirmRound, deleteRound, getProject, getRound, listProjects, planRound, saveRound } from './rounds';

/**
 * Projects, rounds and their evaluation. Confirmed rounds are public; drafts, forms, results and
 * observations are for insiders. Analysts draft rounds; the secretariat confirms them
 * (docs/decisions/0013-activities.md). Participants answer a form without an account.
 */
export const activityRouter = router({
  list: publicProcedure.query(({ ctx }) => listProjects(ctx.db, ctx.user)),
  project: publicProcedure.input(ProjectIdInput).query(({ ctx, input }) => getProject(ctx.db, ctx.user, input)),
  round: publicProcedure.input(RoundIdInput).query(({ ctx, input }) => getRound(ctx.db, ctx.user, input)),
  roundSave: plannerProcedure.input(RoundSaveInput).mutation(({ ctx, input }) => saveRound(ctx.db, ctx.user, input)),
  roundPlan: plannerProcedure.input(RoundPlanInput).mutation(({ ctx, input }) => planRound(ctx.db, ctx.user, input)),
  roundConfirm: adminProcedure.input(RoundVersionInput).mutation(({ ctx, input }) => confirmRound(ctx.db, ctx.user, input)),
  roundDelete: plannerProcedure.input(RoundVersionInput).mutation(({ ctx, input }) => deleteRound(ctx.db, ctx.user, input)),
  observationAdd: adminProcedure.input(ObservationAddInput).mutation(({ ctx, input }) => addObservation(ctx.db, ctx.user, input)),
  readinessSet: adminProcedure.input(ReadinessSetInput).mutation(({ ctx, input }) => setReadiness(ctx.db, ctx.user, input)),
  questionSets: insiderProcedure.query(({ ctx }) => listQuestionSets(ctx.db)),
  formCreate: adminProcedure.input(FormCreateInput).mutation(({ ctx, input }) => createForm(ctx.db, ctx.user, input)),
  formClose: adminProcedure.input(FormCloseInput).mutation(({ ctx, input }) => closeForm(ctx.db, ctx.user, input)),
  formLink: adminProcedure.input(FormIdInput).query(({ ctx, input }) => getFormLink(ctx.db, ctx.origin, input)),
  formResults: insiderProcedure.input(FormIdInput).query(({ ctx, input }) => getFormResults(ctx.db, input)),
  compareRounds: insiderProcedure.input(ProjectIdInput).query(({ ctx, input }) => compareRoundResults(ctx.db, input)),
  /** The participant's side: no account. */
  publicForm: publicProcedure.input(PublicFormInput).query(({ ctx, input }) => getPublicForm(ctx.db, input)),
  submit: publicProcedure.input(FormSubmitInput).mutation(({ ctx, input }) => submitResponse(ctx.db, ctx.ip, input)),
});
