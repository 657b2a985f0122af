/**
 * The current 闵行区质量创新单项奖评分表 as shipped. It is data of this build, not input: the tests
 * prove that parseStandard accepts it (test/standard/standard-data.test.ts), so nothing validates
 * it again at run time and the pane's first screen carries no validator.
 */
import defaultStandardJson from "./default-standard.json";
import type { Standard } from "./types";

export const defaultStandard: Standard = defaultStandardJson as unknown as Standard;
