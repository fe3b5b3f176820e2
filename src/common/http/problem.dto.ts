import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  /** Path of the offending field, e.g. `lines[0].quantity`. */
  field: string;
  /** The rule it breaks. */
  message: string;
}

/** RFC 9457 problem document (`application/problem+json`). */
export class ProblemDto {
  @ApiProperty({ example: 'urn:problem:wms:validation-failed' })
  type: string;
  @ApiProperty({ example: 'Validation failed' })
  title: string;
  @ApiProperty({ example: 400 })
  status: number;
  @ApiProperty()
  detail: string;
  @ApiProperty({ description: 'Stable machine-readable code.', example: 'VALIDATION_FAILED' })
  code: string;
  @ApiPropertyOptional()
  instance?: string;
  @ApiPropertyOptional()
  requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
