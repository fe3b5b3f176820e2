import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ConflictError } from '../../common/errors';
import { Lot } from '../entities/lot.entity';

@Injectable()
export class LotService {
  constructor(@InjectRepository(Lot) private readonly lots: Repository<Lot>) {}

  /**
   * The lot with this code, created on first sight (receiving is where lots are born). A known lot
   * scanned with another expiry is refused: one of the two labels is wrong.
   */
  async findOrCreate(productId: string, code: string, expiryDate: string | null, manager?: EntityManager): Promise<Lot> {
    const repo = manager ? manager.getRepository(Lot) : this.lots;
    await repo.createQueryBuilder().insert().values({ productId, code, expiryDate }).orIgnore().execute();
    const lot = await repo.findOneByOrFail({ productId, code });
    if (expiryDate && lot.expiryDate && lot.expiryDate !== expiryDate) {
      throw new ConflictError('LOT_EXPIRY_MISMATCH', `Lot ${code} expires on ${lot.expiryDate}, not ${expiryDate}.`, { lot: code, expiryDate: lot.expiryDate });
    }
    return lot;
  }

  find(productId: string, code: string): Promise<Lot | null> {
    return this.lots.findOneBy({ productId, code });
  }
}
