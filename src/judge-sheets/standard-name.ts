/** Every sheet the tool writes names the standard it was made under (MH_STANDARD, docs/workbook-format.md). */
import type { SheetPlan } from "../sheet-kit";
import { standardTag, type Standard } from "../standard";
import { STANDARD_NAME } from "../workbook-format/format-names";

export function withStandard(plan: SheetPlan, standard: Standard): SheetPlan {
  const others = (plan.constants ?? []).filter((c) => c.name !== STANDARD_NAME);
  return { ...plan, constants: [...others, { name: STANDARD_NAME, text: standardTag(standard) }] };
}
