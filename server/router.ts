import { authRouter, userRouter } from './accounts/router';
import { activityRouter } from './activities/router';
import { auditRouter } from './audit/router';
import { compareRouter } from './compare/router';
import { indicesRouter } from './indices/router';
import { itaRouter } from './ita/router';
import { notificationRouter } from './notifications/router';
import { meetingRouter } from './meetings/router';
import { indicatorRouter, planAdminRouter, planRouter, strategyRouter } from './plan/router';
import { quickWinRouter, quickWinUpdateRouter } from './quick-wins/router';
import { agencyRouter, provinceRouter } from './registry/router';
import { reportRouter } from './report/router';
import { assignmentRouter, completenessRouter, periodRouter, reportingRouter, reviewRouter } from './reporting/router';
import { router } from './trpc';

/**
 * The API: each domain folder's router(s) under a stable path. Procedure paths are part of the
 * contract with the client and the tests, so a domain may hold several top-level routers.
 */
export const appRouter = router({
  plan: planRouter,
  strategy: strategyRouter,
  indicator: indicatorRouter,
  planAdmin: planAdminRouter,
  quickWin: quickWinRouter,
  quickWinUpdate: quickWinUpdateRouter,
  compare: compareRouter,
  indices: indicesRouter,
  report: reportRouter,
  meeting: meetingRouter,
  province: provinceRouter,
  agency: agencyRouter,
  ita: itaRouter,
  activity: activityRouter,
  auth: authRouter,
  user: userRouter,
  period: periodRouter,
  assignment: assignmentRouter,
  reporting: reportingRouter,
  review: reviewRouter,
  completeness: completenessRouter,
  audit: auditRouter,
  notification: notificationRouter,
});

export type AppRouter = typeof appRouter;
