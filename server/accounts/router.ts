import { ChangePasswordInput, EmailChangeRequestInput, LinkTokenInput, LoginInput, PasswordResetRequestInput, SetPasswordInput } from '../../shared/schemas/auth';
import { UnreachableAgenciesInput, UserCreateInput, UserIdInput, UserInviteImportInput, UserInviteInput, UserListInput, UserResetPasswordInput, UserUpdateInput } from '../../shared/schemas/users';
import { adminProcedure, authedProcedure, publicProcedure, router } from '../trpc';
import { changePassword, getMe, login, logout } from './auth';
import { acceptInvitation, confirmEmail, invitationInfo, inviteUser, reinviteUser, requestEmailChange, requestPasswordReset, resetPassword } from './links';
import { importInvitations, listUnreachableAgencies } from './invite-import';
import { createUser, listUsers, resetUserPassword, updateUser } from './users';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => getMe(ctx.db, ctx.user)),
  login: publicProcedure.input(LoginInput).mutation(({ ctx, input }) => login(ctx, input)),
  logout: publicProcedure.mutation(({ ctx }) => logout(ctx)),
  changePassword: authedProcedure.input(ChangePasswordInput).mutation(({ ctx, input }) => changePassword(ctx, input)),
  /** The links sent by e-mail: the single-use token is the only permission. */
  invitation: publicProcedure.input(LinkTokenInput).query(({ ctx, input }) => invitationInfo(ctx.db, input)),
  acceptInvitation: publicProcedure.input(SetPasswordInput).mutation(({ ctx, input }) => acceptInvitation(ctx.db, input)),
  requestPasswordReset: publicProcedure.input(PasswordResetRequestInput).mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),
  resetPassword: publicProcedure.input(SetPasswordInput).mutation(({ ctx, input }) => resetPassword(ctx.db, input)),
  requestEmailChange: authedProcedure.input(EmailChangeRequestInput).mutation(({ ctx, input }) => requestEmailChange(ctx.db, ctx.user, input)),
  confirmEmail: publicProcedure.input(LinkTokenInput).mutation(({ ctx, input }) => confirmEmail(ctx.db, input)),
});

export const userRouter = router({
  list: adminProcedure.input(UserListInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: adminProcedure.input(UserCreateInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
  update: adminProcedure.input(UserUpdateInput).mutation(({ ctx, input }) => updateUser(ctx.db, ctx.user, input)),
  resetPassword: adminProcedure.input(UserResetPasswordInput).mutation(({ ctx, input }) => resetUserPassword(ctx.db, ctx.user, input)),
  invite: adminProcedure.input(UserInviteInput).mutation(({ ctx, input }) => inviteUser(ctx.db, ctx.user, input)),
  reinvite: adminProcedure.input(UserIdInput).mutation(({ ctx, input }) => reinviteUser(ctx.db, ctx.user, input)),
  importInvitations: adminProcedure.input(UserInviteImportInput).mutation(({ ctx, input }) => importInvitations(ctx.db, ctx.user, input)),
  unreachableAgencies: adminProcedure.input(UnreachableAgenciesInput).query(({ ctx, input }) => listUnreachableAgencies(ctx.db, input)),
});
