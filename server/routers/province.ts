import { ProvinceListInput } from '../../shared/schemas/province';
import { listProvinceGroups, listProvinces } from '../services/provinces';
import { publicProcedure, router } from '../trpc';

export const provinceRouter = router({
  list: publicProcedure.input(ProvinceListInput).query(({ ctx, input }) => listProvinces(ctx.db, input)),
  groups: publicProcedure.query(({ ctx }) => listProvinceGroups(ctx.db)),
});
