import { AssignmentCreateInput, AssignmentDeleteInput, AssignmentListInput } from '../../shared/schemas/reporting';
import { createAssignment, deleteAssignment, listAssignments } from '../services/reporting-assignments';
import { INSIDER_ROLES, roleProcedure, router } from '../trpc';

export const assignmentRouter = router({
  list: roleProcedure(...INSIDER_ROLES).input(AssignmentListInput).query(({ ctx, input }) => listAssignments(ctx.db, input)),
  create: roleProcedure('admin').input(AssignmentCreateInput).mutation(({ ctx, input }) => createAssignment(ctx.db, ctx.user, input)),
  delete: roleProcedure('admin').input(AssignmentDeleteInput).mutation(({ ctx, input }) => deleteAssignment(ctx.db, ctx.user, input)),
});
