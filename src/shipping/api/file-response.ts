import { StreamableFile } from '@nestjs/common';

/** A stored or rendered file as a download. */
export function fileResponse(file: { fileName: string; contentType: string; content: Buffer }): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.content.length,
  });
}

export const FILE_RESPONSE = { schema: { type: 'string', format: 'binary' }, description: 'The file, as an attachment.' } as const;
