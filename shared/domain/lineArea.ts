// Which programme area a line belongs to, so a change or an undo label can name it ("P07 Opprinnelig budsjett",
// not "Opprinnelig budsjett" of P05, P07 or P08). Lines of an area are grouped under its code (areas, services).
import type { Area } from '../model/area';

export function areaCodeOfLine(areas: readonly Pick<Area, 'code'>[], meta: { group?: string } | undefined): string | undefined {
  const group = meta?.group;
  return group !== undefined && areas.some((a) => a.code === group) ? group : undefined;
}

/** A line's label with its area's code in front where it has one. */
export function labelWithArea(label: string, areaCode: string | undefined): string {
  return areaCode ? `${areaCode} ${label}` : label;
}
