import { UserCreateInput, UserListInput, UserResetPasswordInput, UserUpdateInput } from '../../shared/schemas/users';
import { createUser, listUsers, resetUserPassword, updateUser } from '../services/users';
import { roleProcedure, router } from '../trpc';

const adminProcedure = roleProcedure('admin');

export const userRouter = router({
  list: adminProcedure.input(UserListInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: adminProcedure.input(UserCreateInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
  update: adminProcedure.input(UserUpdateInput).mutation(({ ctx, input }) => updateUser(ctx.db, ctx.user, input)),
  resetPassword: adminProcedure.input(UserResetPasswordInput).mutation(({ ctx, input }) => resetUserPassword(ctx.db, ctx.user, input)),
});
