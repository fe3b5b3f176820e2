export { PrintingModule } from './printing.module';
