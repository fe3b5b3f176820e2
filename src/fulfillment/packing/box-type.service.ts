import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { BOX_TYPE_CODE_UNIQUE, BoxType } from '../entities/box-type.entity';
import { boxTypeCodeTaken, boxTypeInactive, boxTypeNotFound, boxTypeWeightsInvalid } from './packing.errors';

export interface NewBoxType {
  code: string;
  name: string;
  innerLengthMm: number;
  innerWidthMm: number;
  innerHeightMm: number;
  tareWeightG: number;
  maxGrossWeightG: number;
}

export type BoxTypeChanges = Partial<Omit<NewBoxType, 'code'> & { active: boolean }>;

export interface BoxTypeQuery extends PageQueryDto {
  active?: boolean;
  sort?: string;
}

/** Box types are master data: created and edited by leads, read by every pack station. */
@Injectable()
export class BoxTypeService {
  constructor(@InjectRepository(BoxType) private readonly boxTypes: Repository<BoxType>) {}

  async create(input: NewBoxType): Promise<BoxType> {
    const boxType = this.boxTypes.create({ ...input, code: input.code.toUpperCase(), active: true });
    assertWeights(boxType);
    if (await this.boxTypes.existsBy({ code: boxType.code })) throw boxTypeCodeTaken(boxType.code);
    try {
      return await this.boxTypes.save(boxType);
    } catch (error) {
      // A simultaneous create with the same code passes the check above; the unique index stops it.
      if (isUniqueViolation(error, BOX_TYPE_CODE_UNIQUE)) throw boxTypeCodeTaken(boxType.code);
      throw error;
    }
  }

  async get(id: string): Promise<BoxType> {
    const boxType = await this.boxTypes.findOneBy({ id });
    if (!boxType) throw boxTypeNotFound(id);
    return boxType;
  }

  /** An active box the packer may open, by its shelf code. */
  async usable(code: string): Promise<BoxType> {
    const boxType = await this.boxTypes.findOneBy({ code: code.trim().toUpperCase() });
    if (!boxType) throw boxTypeNotFound(code);
    if (!boxType.active) throw boxTypeInactive(boxType.code);
    return boxType;
  }

  active(): Promise<BoxType[]> {
    return this.boxTypes.find({ where: { active: true }, order: { code: 'ASC' } });
  }

  list(query: BoxTypeQuery): Promise<Page<BoxType>> {
    const qb = this.boxTypes.createQueryBuilder('b');
    if (query.active !== undefined) qb.andWhere('b.active = :active', { active: query.active });
    return paginate(qb, parseSort(query.sort, { code: 'code', name: 'name', createdAt: 'createdAt' }, 'b', 'code'), query);
  }

  async update(id: string, changes: BoxTypeChanges): Promise<BoxType> {
    const boxType = await this.get(id);
    Object.assign(boxType, changes);
    assertWeights(boxType);
    return this.boxTypes.save(boxType);
  }
}

/** Checked here as well as by the CHECK constraint, so a PATCH of one weight gets a 422, not a 409. */
function assertWeights(boxType: BoxType): void {
  if (boxType.maxGrossWeightG <= boxType.tareWeightG) throw boxTypeWeightsInvalid(boxType.tareWeightG, boxType.maxGrossWeightG);
}
