import { ChangePasswordInput, LoginInput } from '../../shared/schemas/auth';
import { changePassword, getMe, login, logout } from '../services/auth';
import { authedProcedure, publicProcedure, router } from '../trpc';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => getMe(ctx.db, ctx.user)),
  login: publicProcedure.input(LoginInput).mutation(({ ctx, input }) => login(ctx, input)),
  logout: publicProcedure.mutation(({ ctx }) => logout(ctx)),
  changePassword: authedProcedure.input(ChangePasswordInput).mutation(({ ctx, input }) => changePassword(ctx, input)),
});
