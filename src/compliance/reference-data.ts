// The reviewed compliance reference data of db/seed/compliance, read once at start-up. A file
// that does not parse stops the service: these lists decide what a transfer note may say.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PROJECT_ROOT } from '../project-root.ts';
import type { ListOfWasteEntry } from './classification.ts';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`db/seed/compliance/${name}`, PROJECT_ROOT), 'utf8'));

const coded = z.object({ code: z.string(), name: z.string() });

const listOfWaste = z
  .object({
    source: z.string(),
    entries: z.array(
      z.object({
        code: z.string().regex(/^\d{2} \d{2} \d{2}$/),
        description: z.string(),
        hazardous: z.boolean(),
        entry: z.enum(['AN', 'AH', 'MN', 'MH']),
        mirrorOf: z.string().optional(),
      }),
    ),
  })
  .parse(read('list-of-waste.json'));

const operations = z
  .object({
    source: z.string(),
    codes: z.array(z.object({ code: z.string(), description: z.string() })),
    materialDefaults: z.record(z.string(), z.string()),
  })
  .parse(read('disposal-recovery-codes.json'));

export const HAZARDOUS_PROPERTIES = z
  .object({ source: z.string(), properties: z.array(coded) })
  .parse(read('hazardous-properties.json'));
export const CONTAINER_TYPES = z.object({ source: z.string(), types: z.array(coded) }).parse(read('container-types.json'));
export const DISPOSAL_OR_RECOVERY = operations;

export const LIST_OF_WASTE: ReadonlyMap<string, ListOfWasteEntry> = new Map(listOfWaste.entries.map((e) => [e.code, e]));
export const LIST_OF_WASTE_SOURCE = listOfWaste.source;

/** The catalogue's default operation for a material: what a receiver most often does with it. */
export const defaultOperation = (materialCode: string): string | null => operations.materialDefaults[materialCode] ?? null;

export const containerName = (code: string): string | null => CONTAINER_TYPES.types.find((t) => t.code === code)?.name ?? null;
export const isContainerType = (code: string) => CONTAINER_TYPES.types.some((t) => t.code === code);
export const isOperation = (code: string) => operations.codes.some((c) => c.code === code);
