import { z } from './zod';

/** Query of the /download/* URLs: Thai column headers unless ?lang=en. */
export const DownloadQuerySchema = z.object({
  lang: z.enum(['th', 'en']).default('th'),
});
export type DownloadQuery = z.infer<typeof DownloadQuerySchema>;
