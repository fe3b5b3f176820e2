export { CatalogModule } from './catalog.module';
export { CreateProductDto, UpdateProductDto } from './api/product-input.dto';
export { ProductLookupQueryDto, ProductQueryDto } from './api/product-query.dto';
export { ProductDto, ProductPageDto, toProductDto } from './api/product.dto';
export type { Product } from './entities/product.entity';
export { ProductService } from './services/product.service';
export type { NewProduct, ProductChanges, ProductFields, ProductQuery } from './services/product.service';
