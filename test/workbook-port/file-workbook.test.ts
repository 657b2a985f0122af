/** The workbook-port contract on the .xlsx file host: every read goes through the written bytes. */
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { XlsxPackage } from "../../src/xlsx";
import { partsOf, text } from "../support/raw-zip";
import { portContract } from "./contract";

portContract(
  ".xlsx files (FileWorkbook)",
  async () => FileWorkbook.fromPlans([]),
  // The row as the written file has it: its stored height, and no customHeight.
  async (port, sheetName, row) => {
    const bytes = await (port as FileWorkbook).bytes();
    const sheet = (await XlsxPackage.open(bytes)).sheets.find((s) => s.name === sheetName)!;
    const xml = text((await partsOf(bytes)).get(sheet.path)!);
    const tag = new RegExp(`<row r="${row}"[^>]*>`).exec(xml)![0];
    return {
      height: Number(/\sht="([\d.]+)"/.exec(tag)?.[1] ?? 15),
      auto: !/customHeight="(1|true)"/.test(tag),
    };
  }
);
