import { ChangePasswordInput, LoginInput } from '../../shared/schemas/auth';
import { UserCreateInput, UserListInput, UserResetPasswordInput, UserUpdateInput } from '../../shared/schemas/users';
import { adminProcedure, authedProcedure, publicProcedure, router } from '../trpc';
import { changePassword, getMe, login, logout } from './auth';
import { createUser, listUsers, resetUserPassword, updateUser } from './users';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => getMe(ctx.db, ctx.user)),
  login: publicProcedure.input(LoginInput).mutation(({ ctx, input }) => login(ctx, input)),
  logout: publicProcedure.mutation(({ ctx }) => logout(ctx)),
  changePassword: authedProcedure.input(ChangePasswordInput).mutation(({ ctx, input }) => changePassword(ctx, input)),
});

export const userRouter = router({
  list: adminProcedure.input(UserListInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: adminProcedure.input(UserCreateInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
  update: adminProcedure.input(UserUpdateInput).mutation(({ ctx, input }) => updateUser(ctx.db, ctx.user, input)),
  resetPassword: adminProcedure.input(UserResetPasswordInput).mutation(({ ctx, input }) => resetUserPassword(ctx.db, ctx.user, input)),
});
