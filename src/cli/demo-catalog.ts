import { gs1CheckDigit } from '../common/codes';
import { NewProduct } from '../catalog/services/product.service';

/**
 * Demo products: the fashion items a social-video shop buys in China, with tariff codes and customs
 * wording from the evidenced table in the project's shared data (HS 2022; US HTSUS, EU CN).
 */
interface ProductType {
  sku: string;
  nameEn: string;
  nameZh: string;
  hsCode: string;
  us?: string;
  eu: string;
  customsDescription: string;
  customsDescriptionZh: string;
  netWeightG: number;
  dims: [number, number, number];
  valueCents: number;
  variants: [code: string, en: string, zh: string][];
}

const SIZES: ProductType['variants'] = [['S', 'S', 'S'], ['M', 'M', 'M'], ['L', 'L', 'L'], ['XL', 'XL', 'XL']];

const TYPES: ProductType[] = [
  {
    sku: 'TEE-BLK', nameEn: "Men's crew-neck T-shirt, black", nameZh: '男士圆领T恤 黑色', hsCode: '610910', us: '6109100012', eu: '61091000',
    customsDescription: "Men's T-shirt, knitted, 100% cotton, short sleeves, crew neck, printed",
    customsDescriptionZh: '男式针织T恤，100%棉，短袖，圆领，印花', netWeightG: 180, dims: [300, 250, 20], valueCents: 450, variants: SIZES,
  },
  {
    sku: 'HOOD-GRY', nameEn: "Men's pullover hoodie, heather grey", nameZh: '男士套头连帽卫衣 麻灰色', hsCode: '611020', us: '6110202041', eu: '61102091',
    customsDescription: "Men's pullover hooded sweatshirt, knitted fleece, 80% cotton 20% polyester",
    customsDescriptionZh: '男式套头连帽卫衣，针织抓绒，80%棉20%涤纶', netWeightG: 520, dims: [350, 300, 60], valueCents: 1150, variants: SIZES,
  },
  {
    sku: 'JEAN-W-BLU', nameEn: "Women's high-rise jeans, mid blue", nameZh: '女士高腰牛仔裤 中蓝色', hsCode: '620462', us: '6204628011', eu: '62046231',
    customsDescription: "Women's five-pocket jeans (trousers), woven blue denim, 98% cotton 2% elastane",
    customsDescriptionZh: '女式五袋牛仔裤，梭织蓝色牛仔布，98%棉2%氨纶', netWeightG: 560, dims: [380, 300, 50], valueCents: 1400,
    variants: [['26', 'W26', 'W26'], ['28', 'W28', 'W28'], ['30', 'W30', 'W30'], ['32', 'W32', 'W32']],
  },
  {
    sku: 'DRS-KNT', nameEn: "Women's ribbed knit midi dress", nameZh: '女士罗纹针织中长连衣裙', hsCode: '610443', us: '6104432010', eu: '61044300',
    customsDescription: "Women's dress, knitted, 95% polyester 5% elastane",
    customsDescriptionZh: '女式针织连衣裙，95%涤纶5%氨纶', netWeightG: 300, dims: [350, 280, 30], valueCents: 980,
    variants: [['BLK-S', 'black, S', '黑色 S'], ['BLK-M', 'black, M', '黑色 M'], ['SAGE-S', 'sage, S', '鼠尾草绿 S'], ['SAGE-M', 'sage, M', '鼠尾草绿 M']],
  },
  {
    sku: 'LEG-BLK', nameEn: "Women's high-waist leggings, black", nameZh: '女士高腰打底裤 黑色', hsCode: '610463', us: '6104632006', eu: '61046300',
    customsDescription: "Women's full-length leggings (trousers), knitted, 85% polyester 15% elastane",
    customsDescriptionZh: '女式针织全长打底裤，85%涤纶15%氨纶', netWeightG: 220, dims: [300, 220, 25], valueCents: 620, variants: SIZES,
  },
  {
    sku: 'SNK-W-WHT', nameEn: "Women's training sneakers, white", nameZh: '女士训练运动鞋 白色', hsCode: '640411', us: '6404119050', eu: '64041100',
    customsDescription: "Women's athletic training shoes, textile upper, rubber outer sole, designed for sport/training",
    customsDescriptionZh: '女式运动训练鞋，纺织材料鞋面，橡胶外底', netWeightG: 640, dims: [330, 220, 120], valueCents: 1650,
    variants: [['37', 'EU 37', '37码'], ['38', 'EU 38', '38码'], ['39', 'EU 39', '39码'], ['40', 'EU 40', '40码']],
  },
  {
    sku: 'BAG-SHLD', nameEn: "Women's shoulder bag, faux leather", nameZh: '女士单肩包 人造革', hsCode: '420222', us: '4202221500', eu: '42022210',
    customsDescription: "Women's shoulder handbag, outer surface of polyurethane plastic sheeting, polyester lining",
    customsDescriptionZh: '女式单肩手提包，聚氨酯塑料片材外表面，涤纶里布', netWeightG: 480, dims: [300, 120, 220], valueCents: 1300,
    variants: [['BLK', 'black', '黑色'], ['TAN', 'tan', '棕褐色'], ['CRM', 'cream', '米白色']],
  },
  {
    sku: 'NCK-GLD', nameEn: 'Layered chain necklace, gold tone', nameZh: '多层链条项链 金色', hsCode: '711719', us: '7117199000', eu: '71171900',
    customsDescription: 'Imitation jewellery necklace of gold-plated zinc alloy (base metal)',
    customsDescriptionZh: '仿首饰项链，镀金锌合金（贱金属）', netWeightG: 25, dims: [100, 80, 15], valueCents: 180,
    variants: [['40', '40 cm', '40厘米'], ['45', '45 cm', '45厘米']],
  },
  {
    sku: 'CAP-BB', nameEn: 'Cotton twill baseball cap', nameZh: '棉斜纹棒球帽', hsCode: '650500', us: '6505002060', eu: '65050030',
    customsDescription: 'Baseball cap (peaked cap), woven cotton twill, six-panel, adjustable strap',
    customsDescriptionZh: '棒球帽（鸭舌帽），梭织棉斜纹布，六片式，可调节带', netWeightG: 95, dims: [260, 190, 120], valueCents: 240,
    variants: [['BLK', 'black', '黑色'], ['BGE', 'beige', '米色'], ['NVY', 'navy', '藏青色']],
  },
  {
    sku: 'SUN-TRT', nameEn: 'Retro sunglasses, tortoise', nameZh: '复古太阳镜 玳瑁色', hsCode: '900410', us: '9004100000', eu: '90041091',
    customsDescription: 'Sunglasses, plastic frame, tinted plastic lenses not optically worked (non-prescription)',
    customsDescriptionZh: '太阳镜，塑料镜框，未经光学加工的有色塑料镜片（非处方）', netWeightG: 30, dims: [150, 60, 45], valueCents: 150,
    variants: [['STD', 'one size', '均码']],
  },
  {
    sku: 'CASE-IP15', nameEn: 'Clear phone case for iPhone 15', nameZh: 'iPhone 15 透明手机壳', hsCode: '392690', us: '3926909989', eu: '39269097',
    customsDescription: 'Protective mobile phone case (back and sides cover), moulded thermoplastic polyurethane',
    customsDescriptionZh: '手机保护壳（覆盖背面和侧面），模压热塑性聚氨酯', netWeightG: 28, dims: [160, 85, 15], valueCents: 60,
    variants: [['CLR', 'clear', '透明'], ['PNK', 'pink', '粉色']],
  },
  {
    sku: 'SOCK-CRW', nameEn: 'Crew socks, 3 pairs, white', nameZh: '中筒袜 3双装 白色', hsCode: '611596', us: '6115969020', eu: '61159699',
    customsDescription: 'Crew socks, knitted, 80% polyester 20% spandex, without lace or net',
    customsDescriptionZh: '中筒袜，针织，80%涤纶20%氨纶，无花边或网眼', netWeightG: 120, dims: [220, 120, 40], valueCents: 160,
    variants: [['SM', 'S/M', 'S/M'], ['LXL', 'L/XL', 'L/XL']],
  },
  {
    sku: 'SWIM-1PC', nameEn: "Women's one-piece swimsuit, black", nameZh: '女士连体泳衣 黑色', hsCode: '611241', us: '6112410010', eu: '61124190',
    customsDescription: "Women's one-piece swimsuit, knitted, 82% nylon 18% elastane",
    customsDescriptionZh: '女式连体泳衣，针织，82%锦纶18%氨纶', netWeightG: 160, dims: [250, 200, 30], valueCents: 700, variants: SIZES.slice(0, 3),
  },
  {
    sku: 'CLIP-CLAW', nameEn: 'Large claw hair clip, tortoise', nameZh: '大号抓夹 玳瑁色', hsCode: '961511', us: '9615114000', eu: '96151100',
    customsDescription: 'Hair claw clip (hair-slide) of plastics, not set with imitation pearls or imitation gemstones',
    customsDescriptionZh: '塑料发夹（抓夹），未镶仿珍珠或仿宝石', netWeightG: 35, dims: [110, 60, 50], valueCents: 45,
    variants: [['STD', 'one size', '均码']],
  },
  {
    sku: 'BRUSH-SET', nameEn: 'Makeup brush, powder', nameZh: '化妆刷 散粉刷', hsCode: '960330', us: '9603306000', eu: '96033090',
    customsDescription: 'Cosmetic (makeup) brush, synthetic fibre bristles, aluminium ferrule, wooden handle',
    customsDescriptionZh: '化妆刷，合成纤维刷毛，铝制箍，木柄', netWeightG: 40, dims: [180, 40, 40], valueCents: 90,
    variants: [['PWD', 'powder', '散粉'], ['BLSH', 'blush', '腮红']],
  },
  {
    sku: 'BKPK-PLY', nameEn: 'Everyday backpack, woven polyester', nameZh: '日常双肩包 涤纶', hsCode: '420292', us: '4202923120', eu: '42029291',
    customsDescription: 'Backpack (rucksack), outer surface of woven polyester textile',
    customsDescriptionZh: '双肩背包，外表面为涤纶梭织物', netWeightG: 620, dims: [420, 300, 120], valueCents: 1100,
    variants: [['BLK', 'black', '黑色'], ['OLV', 'olive', '橄榄绿'], ['GRY', 'grey', '灰色']],
  },
  {
    sku: 'SCRF-PLY', nameEn: 'Satin-look scarf, printed', nameZh: '仿缎面印花围巾', hsCode: '621430', us: '6214300000', eu: '62143000',
    customsDescription: 'Scarf, woven, 100% polyester, not knitted or crocheted',
    customsDescriptionZh: '围巾，梭织，100%涤纶，非针织或钩编', netWeightG: 70, dims: [200, 150, 10], valueCents: 210,
    variants: [['FLR', 'floral', '花卉'], ['LEO', 'leopard', '豹纹']],
  },
  {
    sku: 'BELT-LTH', nameEn: "Men's leather belt, brown", nameZh: '男士真皮腰带 棕色', hsCode: '420330', us: '4203300000', eu: '42033000',
    customsDescription: "Men's belt of bovine leather with base-metal buckle",
    customsDescriptionZh: '男式牛皮腰带，贱金属扣', netWeightG: 210, dims: [300, 120, 50], valueCents: 520,
    variants: [['95', '95 cm', '95厘米'], ['105', '105 cm', '105厘米']],
  },
];

/** GS1 company prefix used for the demo GTIN-13s (China's 690 range). */
const DEMO_COMPANY_PREFIX = '6901234';

function demoGtin(itemReference: number): string {
  const body = `${DEMO_COMPANY_PREFIX}${String(itemReference).padStart(5, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}

export function demoProducts(): NewProduct[] {
  let item = 100;
  return TYPES.flatMap((type) =>
    type.variants.map(([code, en, zh]) => ({
      sku: `${type.sku}-${code}`,
      nameEn: `${type.nameEn}, ${en}`,
      nameZh: `${type.nameZh} ${zh}`,
      gtin: demoGtin(item++),
      hsCode: type.hsCode,
      hsCodes: { ...(type.us ? { US: type.us } : {}), EU: type.eu },
      countryOfOrigin: 'CN',
      netWeightG: type.netWeightG,
      lengthMm: type.dims[0],
      widthMm: type.dims[1],
      heightMm: type.dims[2],
      customsDescription: type.customsDescription,
      customsDescriptionZh: type.customsDescriptionZh,
      declaredValueMinor: type.valueCents,
      declaredValueCurrency: 'USD',
      lotTracked: false,
      expiryTracked: false,
    })),
  );
}
