import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KitComponentsController } from './api/kit-components.controller';
import { ProductsController } from './api/products.controller';
import { KitComponent } from './entities/kit-component.entity';
import { Product } from './entities/product.entity';
import { KitService } from './services/kit.service';
import { ProductService } from './services/product.service';

@Module({
  imports: [TypeOrmModule.forFeature([Product, KitComponent])],
  controllers: [ProductsController, KitComponentsController],
  providers: [ProductService, KitService],
  exports: [ProductService, KitService],
})
export class CatalogModule {}
