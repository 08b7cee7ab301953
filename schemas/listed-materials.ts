import type { z } from 'zod';

/**
 * Every material a listing body names, `material` first, without repeats: a want may send
 * `materials` instead of `material`, or both.
 */
export function listedMaterials(body: { material?: string | undefined; materials?: string[] | undefined }): string[] {
  return [...new Set([...(body.material ? [body.material] : []), ...(body.materials ?? [])])];
}

/** `material` or `materials` is required, and only a want names several. */
export function checkListedMaterials(
  body: { kind: string; material?: string | undefined; materials?: string[] | undefined },
  ctx: z.RefinementCtx,
): void {
  if (!body.material && !body.materials)
    ctx.addIssue({ code: 'custom', path: ['material'], message: 'is required (a want may send materials instead)' });
  if (body.kind === 'offer' && listedMaterials(body).length > 1)
    ctx.addIssue({ code: 'custom', path: ['materials'], message: 'an offer is of one material; only a want may accept several' });
}
