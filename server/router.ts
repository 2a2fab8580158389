import { compareRouter } from './routers/compare';
import { indicatorRouter } from './routers/indicator';
import { indicesRouter } from './routers/indices';
import { planRouter, strategyRouter } from './routers/plan';
import { provinceRouter } from './routers/province';
import { quickWinRouter } from './routers/quick-win';
import { reportRouter } from './routers/report';
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
});

export type AppRouter = typeof appRouter;
