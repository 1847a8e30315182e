import { productBuilder } from './builders';
import type { DemoCompany } from './types';

const KANGDA = '康达药业有限公司';
const YUEKANG = '粤康制药有限公司';
const LINGNAN = '岭南中药制药有限公司';

/** SKUs under Kangda's GS1 company prefix 6923456. */
const product = productBuilder('6923456');

/** 康达医药, a Guangdong distributor: a smaller catalog of its own-label and partner makers' products. */
export const kangda: DemoCompany = {
  name: '康达医药 Kangda Distribution',
  kind: 'distributor',
  orderLines: 3_000,
  users: [{ email: 'admin@kangda.example', name: '刘洋 Liu Yang', role: 'admin', locale: 'zh' }],
  channels: [
    { name: '康达自营小程序', code: 'KD-MINI', type: 'online', platform: 'own_store', region: '广东', commission_rate: 0, active: true },
    { name: '药师帮 康达医药旗舰店', code: 'KD-YSB', type: 'online', platform: 'yaoshibang', region: '广东', commission_rate: 0.04, active: true },
    { name: '美团买药 康达大药房', code: 'KD-MT', type: 'online', platform: 'meituan', region: '广州', commission_rate: 0.08, active: true },
    { name: '粤东连锁药房', code: 'KD-CHAIN', type: 'offline', platform: 'pharmacy_chain', region: '粤东', commission_rate: 0.02, active: true },
    { name: '粤西基层诊所', code: 'KD-CLINIC', type: 'offline', platform: 'clinic', region: '粤西', commission_rate: 0.01, active: true },
  ],
  products: [
    product({
      generic_name: '布洛芬缓释胶囊', brand_name: '康达芬', dosage_form: '胶囊剂', strength: '0.3g', approval_number: '国药准字H20013062',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: KANGDA, category: '解热镇痛', vbp_price: null,
    }, [
      ['KD-IBU-020', '0.3g×20粒', 20, '粒', 'all', 15.8, 70001],
      ['KD-IBU-010', '0.3g×10粒', 10, '粒', 'online', 8.8, 70002],
    ]),
    product({
      generic_name: '复方氨酚烷胺片', brand_name: '康达', dosage_form: '片剂', strength: '复方', approval_number: '国药准字H44023105',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: YUEKANG, category: '解热镇痛', vbp_price: null,
    }, [
      ['KD-FAA-012', '12片×1盒', 12, '片', 'online', 9.8, 70091],
      ['KD-FAA-024', '24片×1盒', 24, '片', 'offline', 17.5, 70092],
    ]),
    product({
      generic_name: '感冒灵颗粒', brand_name: '康达', dosage_form: '颗粒剂', strength: '10g', approval_number: '国药准字Z44020873',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: YUEKANG, category: '中成药', vbp_price: null,
    }, [
      ['KD-GML-009', '10g×9袋', 9, '袋', 'all', 12.5, 70011],
      ['KD-GML-018', '10g×18袋', 18, '袋', 'offline', 23, 70012],
    ]),
    product({
      generic_name: '保济丸', brand_name: '岭南', dosage_form: '丸剂', strength: '3.7g', approval_number: '国药准字Z44021265',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: LINGNAN, category: '中成药', vbp_price: null,
    }, [
      ['KD-BJW-010', '3.7g×10瓶', 10, '瓶', 'online', 17.8, 70021],
      ['KD-BJW-020', '3.7g×20瓶', 20, '瓶', 'offline', 32, 70022],
    ]),
    product({
      generic_name: '夏桑菊颗粒', brand_name: '岭南', dosage_form: '颗粒剂', strength: '10g', approval_number: '国药准字Z44022318',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: LINGNAN, category: '中成药', vbp_price: null,
    }, [
      ['KD-XSJ-010', '10g×10袋', 10, '袋', 'online', 6.9, 70031],
      ['KD-XSJ-020', '10g×20袋', 20, '袋', 'offline', 12, 70032],
    ]),
    product({
      generic_name: '风油精', brand_name: '岭南', dosage_form: '搽剂', strength: '3ml', approval_number: '国药准字Z44020155',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: LINGNAN, category: '中成药', vbp_price: null,
    }, [
      ['KD-FYJ-003', '3ml×1瓶', 3, 'ml', 'all', 4.5, 70081],
      ['KD-FYJ-009', '9ml×1瓶', 9, 'ml', 'offline', 9.8, 70082],
    ]),
    product({
      generic_name: '头孢氨苄胶囊', brand_name: '康达', dosage_form: '胶囊剂', strength: '0.25g', approval_number: '国药准字H44021537',
      rx_class: 'rx', storage: 'ambient', manufacturer: YUEKANG, category: '抗感染', vbp_price: null,
    }, [
      ['KD-CFL-024', '0.25g×24粒', 24, '粒', 'offline', 8.5, 70041],
      ['KD-CFL-050', '0.25g×50粒', 50, '粒', 'offline', 15, 70042, 'inactive'],
    ]),
    product({
      generic_name: '硝苯地平缓释片(Ⅱ)', brand_name: '康达', dosage_form: '片剂', strength: '20mg', approval_number: '国药准字H44022764',
      rx_class: 'rx', storage: 'ambient', manufacturer: YUEKANG, category: '心脑血管', vbp_price: 1.8,
    }, [
      ['KD-NIF-030', '20mg×30片', 30, '片', 'all', 12.5, 70051],
      ['KD-NIF-060', '20mg×60片', 60, '片', 'offline', 22, 70052],
    ]),
    product({
      generic_name: '盐酸二甲双胍片', brand_name: '康达', dosage_form: '片剂', strength: '0.25g', approval_number: '国药准字H44020391',
      rx_class: 'rx', storage: 'ambient', manufacturer: YUEKANG, category: '内分泌', vbp_price: null,
    }, [
      ['KD-MET-048', '0.25g×48片', 48, '片', 'all', 6.8, 70061],
      ['KD-MET-100', '0.25g×100片', 100, '片', 'offline', 12.5, 70062],
    ]),
    product({
      generic_name: '精蛋白生物合成人胰岛素注射液(预混30R)', brand_name: '南生林', dosage_form: '注射剂', strength: '3ml:300IU',
      approval_number: '国药准字S20073208', rx_class: 'rx', storage: 'cold_chain', manufacturer: '南方生物制药有限公司', category: '内分泌', vbp_price: null,
    }, [
      ['KD-INS30-001', '3ml:300IU×1支', 1, '支', 'offline', 52, 70101],
    ]),
    product({
      generic_name: '氯雷他定片', brand_name: '康达', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H44022651',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: YUEKANG, category: '抗过敏', vbp_price: null,
    }, [
      ['KD-LOR-006', '10mg×6片', 6, '片', 'online', 11.8, 70131],
      ['KD-LOR-012', '10mg×12片', 12, '片', 'offline', 21.5, 70132],
    ]),
    product({
      generic_name: '维生素B1片', brand_name: '康达', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H44021988',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: KANGDA, category: '维生素矿物质', vbp_price: null,
    }, [
      ['KD-VB1-100', '10mg×100片', 100, '片', 'all', 3.5, 70071],
    ]),
    product({
      generic_name: '医用外科口罩', brand_name: '康达', dosage_form: '医疗器械', strength: '17.5cm×9.5cm', approval_number: '粤械注准20202140388',
      rx_class: 'non_drug', storage: 'ambient', manufacturer: '康达医疗器械有限公司', category: '医疗器械', vbp_price: null,
    }, [
      ['KD-MASK-010', '10只×1袋', 10, '只', 'online', 8.9, 70111],
      ['KD-MASK-050', '50只×1盒', 50, '只', 'offline', 32, 70112],
    ]),
    product({
      generic_name: '电子体温计', brand_name: '康达', dosage_form: '医疗器械', strength: '32.0℃-42.9℃', approval_number: '粤械注准20192070455',
      rx_class: 'non_drug', storage: 'ambient', manufacturer: '康达医疗器械有限公司', category: '医疗器械', vbp_price: null,
    }, [
      ['KD-THM-001', '1支×1盒', 1, '支', 'all', 29.9, 70121],
    ]),
  ],
};
