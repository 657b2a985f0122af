/** The workbook-port contract on the .xlsx file host: every read goes through the written bytes. */
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { portContract } from "./contract";

portContract(".xlsx files (FileWorkbook)", async () => FileWorkbook.fromPlans([]));
