// Validates an OpenAPI document (a file path argument) against the official
// OpenAPI 3 JSON schema with a third-party validator, and checks that every
// $ref inside it resolves. Exit 0 when valid, 1 with the errors otherwise.
import { readFile } from "node:fs/promises";
import { Validator } from "@seriousme/openapi-schema-validator";

const path = process.argv[2];
if (!path) {
  console.error("usage: node validate.mjs OPENAPI.json");
  process.exit(2);
}
const document = JSON.parse(await readFile(path, "utf8"));
const validator = new Validator();
const result = await validator.validate(document);
if (!result.valid) {
  console.error("the OpenAPI document does not match the OpenAPI schema:");
  console.error(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
try {
  validator.resolveRefs();
} catch (error) {
  console.error("the OpenAPI document has an unresolvable $ref:", error.message);
  process.exit(1);
}
const operations = Object.values(document.paths ?? {}).reduce(
  (count, item) => count + Object.keys(item).filter((k) => k !== "parameters").length,
  0,
);
console.log(`valid OpenAPI ${validator.version} document: ${operations} operations`);
