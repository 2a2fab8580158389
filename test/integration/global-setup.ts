// Once per run: migrate and seed the template database every integration test copies
// (test/helpers/db.ts), and say how to replay a shuffled order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate } from '../helpers/template';

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ethics-test-template-'));
  const path = join(dir, 'template.db');
  writeFileSync(path, buildTemplate());
  project.provide('templateDbPath', path);
  // The run's seed (the one vitest prints and shuffles with), not the project's own.
  const { shuffle, seed } = project.globalConfig.sequence;
  if (shuffle) {
    console.log(`Shuffled with seed ${seed}; replay this order: npx vitest run --project ${project.name} --sequence.shuffle --sequence.seed=${seed}`);
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
