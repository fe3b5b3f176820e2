// Reads an OpenAPI document (JSON) on stdin and prints the openapi-typescript types for it.
// A separate ES module because openapi-typescript's dependencies are ES modules that Jest's
// CommonJS runtime cannot load.
import { Buffer } from 'node:buffer';
import { stdin, stdout } from 'node:process';
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
stdout.write(astToString(await openapiTS(document, { alphabetize: true })));
