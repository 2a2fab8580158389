import { compareRouter } from './routers/compare';
import { indicatorRouter } from './routers/indicator';
import { indicesRouter } from './routers/indices';
import { itaRouter } from './routers/ita';
import { planRouter, strategyRouter } from './routers/plan';
import { planAdminRouter } from './routers/plan-admin';
import { provinceRouter } from './routers/province';
import { quickWinRouter } from './routers/quick-win';
import { reportRouter } from './routers/report';
import { agencyRouter } from './routers/agency';
import { assignmentRouter } from './routers/assignment';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { completenessRouter } from './routers/completeness';
import { periodRouter } from './routers/period';
import { quickWinUpdateRouter } from './routers/quick-win-update';
import { reportingRouter } from './routers/reporting';
import { reviewRouter } from './routers/review';
import { userRouter } from './routers/user';
import { router } from './trpc';

/** One sub-router per domain. Add new domains here (one line each). */
export const appRouter = router({
  plan: planRouter,
  strategy: strategyRouter,
  indicator: indicatorRouter,
  quickWin: quickWinRouter,
  compare: compareRouter,
  indices: indicesRouter,
  report: reportRouter,
  province: provinceRouter,
  ita: itaRouter,
  planAdmin: planAdminRouter,
  auth: authRouter,
  user: userRouter,
  agency: agencyRouter,
  period: periodRouter,
  assignment: assignmentRouter,
  reporting: reportingRouter,
  review: reviewRouter,
  completeness: completenessRouter,
  audit: auditRouter,
  quickWinUpdate: quickWinUpdateRouter,
});

export type AppRouter = typeof appRouter;
