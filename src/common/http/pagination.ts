import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationFailedError } from '../errors';

export const MAX_PAGE_SIZE = 200;

/** `?limit=&cursor=` accepted by every list endpoint. */
export class PageQueryDto {
  // Declared by hand: the Swagger plugin reads only `*.dto.ts` files.
  @ApiPropertyOptional({ description: 'Items per page (1–200, default 50).', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50, type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: "Opaque cursor from a previous page's `nextCursor`.", maxLength: 500, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** Builds a named OpenAPI schema class for a page of `item`. */
export function PageOf<T>(item: ClassType<T>): ClassType<Page<T>> {
  class PageDto implements Page<T> {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page.' })
    nextCursor: string | null;

    @ApiProperty({ description: 'Number of items matching the filters.' })
    total: number;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageDto;
}

export interface SortSpec {
  /** Column expression, e.g. `p.sku`. Must be NOT NULL so keyset comparison is total. */
  column: string;
  /** Property of the entity holding that column's value. */
  property: string;
  direction: 'ASC' | 'DESC';
}

/** Parses `sku` / `-createdAt` against the allowed fields of one list. */
export function parseSort(sort: string | undefined, allowed: Record<string, string>, alias: string, fallback: string): SortSpec {
  const raw = sort ?? fallback;
  const direction = raw.startsWith('-') ? 'DESC' : 'ASC';
  const property = raw.replace(/^[-+]/, '');
  if (!(property in allowed)) {
    throw new ValidationFailedError([{ field: 'sort', message: `sort must be one of ${Object.keys(allowed).map((k) => `${k}, -${k}`).join(', ')}` }]);
  }
  return { column: `${alias}.${allowed[property]}`, property, direction };
}

function encodeCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return [parsed[0], parsed[1]];
  } catch {
    // fall through to the validation error
  }
  throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is not a cursor returned by this list' }]);
}

/**
 * Keyset pagination over (sort column, id): stable under concurrent inserts, and as fast on
 * page 1000 as on page 1. `total` is a count with the same filters.
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  sort: SortSpec,
  query: PageQueryDto,
): Promise<Page<E>> {
  const limit = query.limit ?? 50;
  const idColumn = `${qb.alias}.id`;
  const total = await qb.clone().getCount();
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor);
    const op = sort.direction === 'ASC' ? '>' : '<';
    qb.andWhere(`(${sort.column}, ${idColumn}) ${op} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  const rows = await qb.orderBy(sort.column, sort.direction).addOrderBy(idColumn, sort.direction).take(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor((last as Record<string, unknown>)[sort.property], last.id) : null;
  return { items, nextCursor, total };
}
