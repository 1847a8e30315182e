import { productBuilder } from './builders';
import type { DemoCompany } from './types';

const HQ = '华欣制药股份有限公司';
const SUZHOU = '华欣制药(苏州)有限公司';

/** SKUs under Huaxin's GS1 company prefix 6901234. */
const product = productBuilder('6901234');

/**
 * 华欣制药's catalog. Online channels get their own pack specifications (mostly the smaller box)
 * so online and offline prices can be compared per unit without the two markets interfering.
 * vbp_price is the 集采 winning price of the product's main offline (hospital) box.
 */
export const huaxin: DemoCompany = {
  name: '华欣制药 Huaxin Pharmaceutical',
  kind: 'manufacturer',
  orderLines: Number(process.env.DEMO_ORDER_LINES ?? 225_000), // about 200,000 lines land (repeated SKUs in an order merge)
  ownedChannels: ['JD', 'TMALL', 'ALIHEALTH', 'HX-MINI'],
  users: [
    { email: 'admin@huaxin.example', name: '王磊 Wang Lei', role: 'admin', locale: 'zh' },
    { email: 'manager@huaxin.example', name: '李静 Li Jing', role: 'manager', locale: 'zh' },
    { email: 'sales@huaxin.example', name: '张伟 Zhang Wei', role: 'sales', locale: 'zh' },
    { email: 'promo@huaxin.example', name: '陈晨 Chen Chen', role: 'promotion', locale: 'zh' },
  ],
  channels: [
    { name: '京东大药房', code: 'JD', type: 'online', platform: 'jd', region: '全国', commission_rate: 0.08, active: true },
    { name: '天猫医药馆 华欣制药旗舰店', code: 'TMALL', type: 'online', platform: 'tmall', region: '全国', commission_rate: 0.05, active: true, operated_by: 'company' },
    { name: '阿里健康大药房', code: 'ALIHEALTH', type: 'online', platform: 'alihealth', region: '全国', commission_rate: 0.06, active: true },
    { name: '拼多多 华欣制药官方旗舰店', code: 'PDD', type: 'online', platform: 'pinduoduo', region: '全国', commission_rate: 0.03, active: true, operated_by: 'company' },
    { name: '美团买药', code: 'MEITUAN', type: 'online', platform: 'meituan', region: '全国', commission_rate: 0.09, active: true },
    { name: '药师帮', code: 'YSB', type: 'online', platform: 'yaoshibang', region: '全国', commission_rate: 0.04, active: true },
    { name: '华欣健康小程序', code: 'HX-MINI', type: 'online', platform: 'own_store', region: '全国', commission_rate: 0, active: true },
    { name: '抖音 华欣健康旗舰店', code: 'DOUYIN', type: 'online', platform: 'other', region: '全国', commission_rate: 0.05, active: false, operated_by: 'company' },
    { name: '国药控股 华北分销', code: 'DIST-NORTH', type: 'offline', platform: 'distributor', region: '华北', commission_rate: 0.03, active: true },
    { name: '华润医药 华东分销', code: 'DIST-EAST', type: 'offline', platform: 'distributor', region: '华东', commission_rate: 0.03, active: true },
    { name: '老百姓大药房', code: 'CHAIN-LBX', type: 'offline', platform: 'pharmacy_chain', region: '华中', commission_rate: 0.02, active: true },
    { name: '一心堂', code: 'CHAIN-YXT', type: 'offline', platform: 'pharmacy_chain', region: '西南', commission_rate: 0.02, active: true },
    { name: '苏州市第一人民医院', code: 'HOSP-SZ1', type: 'offline', platform: 'hospital', region: '江苏 苏州', commission_rate: 0, active: true },
    { name: '康乐诊所集团', code: 'CLINIC-KL', type: 'offline', platform: 'clinic', region: '华南', commission_rate: 0.02, active: true },
  ],
  products: [
    // 抗感染
    product({
      generic_name: '阿莫西林胶囊', brand_name: '欣诺林', dosage_form: '胶囊剂', strength: '0.25g', approval_number: '国药准字H20040001',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: null,
    }, [
      ['HX-AMX-024', '0.25g×24粒', 24, '粒', 'offline', 18.5, 50001],
      ['HX-AMX-012', '0.25g×12粒', 12, '粒', 'online', 9.9, 50002],
      ['HX-AMX-050', '0.25g×50粒', 50, '粒', 'offline', 32, 50003],
    ]),
    product({
      generic_name: '头孢克肟分散片', brand_name: '欣孢克', dosage_form: '片剂', strength: '0.1g', approval_number: '国药准字H20063127',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: 8.64,
    }, [
      ['HX-CFX-006', '0.1g×6片', 6, '片', 'online', 19.8, 50011],
      ['HX-CFX-012', '0.1g×12片', 12, '片', 'offline', 36, 50012],
    ]),
    product({
      generic_name: '左氧氟沙星片', brand_name: '欣沙星', dosage_form: '片剂', strength: '0.5g', approval_number: '国药准字H20051342',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: 4.6,
    }, [
      ['HX-LVX-004', '0.5g×4片', 4, '片', 'online', 16.8, 50021],
      ['HX-LVX-010', '0.5g×10片', 10, '片', 'offline', 39.5, 50022],
    ]),
    product({
      generic_name: '阿奇霉素片', brand_name: '欣奇', dosage_form: '片剂', strength: '0.25g', approval_number: '国药准字H20044561',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: null,
    }, [
      ['HX-AZM-006', '0.25g×6片', 6, '片', 'all', 22.5, 50031],
      ['HX-AZM-012', '0.25g×12片', 12, '片', 'offline', 42, 50032],
    ]),
    product({
      generic_name: '头孢呋辛酯片', brand_name: '欣呋新', dosage_form: '片剂', strength: '0.25g', approval_number: '国药准字H20083315',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: null,
    }, [
      ['HX-CXM-006', '0.25g×6片', 6, '片', 'online', 18.9, 50041],
      ['HX-CXM-012', '0.25g×12片', 12, '片', 'offline', 35, 50042],
    ]),
    product({
      generic_name: '注射用头孢曲松钠', brand_name: '欣曲松', dosage_form: '注射剂', strength: '1.0g', approval_number: '国药准字H20053871',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: null,
    }, [
      ['HX-CRO-001', '1.0g×1瓶', 1, '瓶', 'offline', 12.5, 50051],
      ['HX-CRO-010', '1.0g×10瓶', 10, '瓶', 'offline', 118, 50052],
    ]),
    product({
      generic_name: '恩替卡韦分散片', brand_name: '欣替韦', dosage_form: '片剂', strength: '0.5mg', approval_number: '国药准字H20103341',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: 2.8,
    }, [
      ['HX-ETV-007', '0.5mg×7片', 7, '片', 'online', 28, 50061],
      ['HX-ETV-014', '0.5mg×14片', 14, '片', 'offline', 52, 50062],
      ['HX-ETV-028', '0.5mg×28片', 28, '片', 'online', 98, 50063],
    ]),
    product({
      generic_name: '磷酸奥司他韦胶囊', brand_name: '欣奥韦', dosage_form: '胶囊剂', strength: '75mg', approval_number: '国药准字H20173045',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗感染', vbp_price: null,
    }, [
      ['HX-OSV-006', '75mg×6粒', 6, '粒', 'online', 35, 50071],
      ['HX-OSV-010', '75mg×10粒', 10, '粒', 'offline', 56, 50072],
    ]),
    product({
      generic_name: '重组人干扰素α2b注射液', brand_name: '欣扰素', dosage_form: '注射剂', strength: '300万IU/1ml', approval_number: '国药准字S20043068',
      rx_class: 'rx', storage: 'cold_chain', manufacturer: HQ, category: '抗感染', vbp_price: null,
    }, [
      ['HX-IFN-001', '300万IU×1支', 1, '支', 'offline', 56, 50081],
      ['HX-IFN-005', '300万IU×5支', 5, '支', 'offline', 268, 50082],
    ]),

    // 心脑血管
    product({
      generic_name: '阿托伐他汀钙片', brand_name: '欣伐汀', dosage_form: '片剂', strength: '20mg', approval_number: '国药准字H20093254',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '心脑血管', vbp_price: 3.92, parity_tolerance: 0.08,
    }, [
      ['HX-ATV-007', '20mg×7片', 7, '片', 'online', 19.9, 50091],
      ['HX-ATV-014', '20mg×14片', 14, '片', 'offline', 36.8, 50092],
      ['HX-ATV-028', '20mg×28片', 28, '片', 'all', 68, 50093],
    ]),
    product({
      generic_name: '苯磺酸氨氯地平片', brand_name: '欣络平', dosage_form: '片剂', strength: '5mg', approval_number: '国药准字H20043698',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '心脑血管', vbp_price: 1.26,
    }, [
      ['HX-AML-007', '5mg×7片', 7, '片', 'online', 9.8, 50101],
      ['HX-AML-014', '5mg×14片', 14, '片', 'offline', 18.5, 50102],
      ['HX-AML-028', '5mg×28片', 28, '片', 'offline', 34, 50103],
    ]),
    product({
      generic_name: '瑞舒伐他汀钙片', brand_name: '欣舒伐', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H20113089',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '心脑血管', vbp_price: 2.94,
    }, [
      ['HX-RSV-007', '10mg×7片', 7, '片', 'online', 22.8, 50111],
      ['HX-RSV-014', '10mg×14片', 14, '片', 'offline', 42.5, 50112],
      ['HX-RSV-028', '10mg×28片', 28, '片', 'online', 79, 50113],
    ]),
    product({
      generic_name: '硫酸氢氯吡格雷片', brand_name: '欣格雷', dosage_form: '片剂', strength: '75mg', approval_number: '国药准字H20123078',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '心脑血管', vbp_price: 2.52,
    }, [
      ['HX-CLP-007', '75mg×7片', 7, '片', 'online', 32, 50121],
      ['HX-CLP-014', '75mg×14片', 14, '片', 'offline', 59.8, 50122],
    ]),
    product({
      generic_name: '厄贝沙坦片', brand_name: '欣沙坦', dosage_form: '片剂', strength: '0.15g', approval_number: '国药准字H20053419',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '心脑血管', vbp_price: 2.1,
    }, [
      ['HX-IRB-007', '0.15g×7片', 7, '片', 'online', 11.5, 50131],
      ['HX-IRB-014', '0.15g×14片', 14, '片', 'offline', 21, 50132],
    ]),
    product({
      generic_name: '酒石酸美托洛尔片', brand_name: '欣洛克', dosage_form: '片剂', strength: '25mg', approval_number: '国药准字H32022563',
      rx_class: 'rx', storage: 'ambient', manufacturer: SUZHOU, category: '心脑血管', vbp_price: null,
    }, [
      ['HX-MTP-020', '25mg×20片', 20, '片', 'online', 8.9, 50141],
      ['HX-MTP-040', '25mg×40片', 40, '片', 'offline', 16.8, 50142],
    ]),
    product({
      generic_name: '阿司匹林肠溶片', brand_name: '欣司宁', dosage_form: '片剂', strength: '100mg', approval_number: '国药准字H20065176',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '心脑血管', vbp_price: null,
    }, [
      ['HX-ASP-030', '100mg×30片', 30, '片', 'offline', 15.5, 50151],
      ['HX-ASP-060', '100mg×60片', 60, '片', 'online', 28, 50152],
    ]),
    product({
      generic_name: '复方丹参滴丸', brand_name: '欣丹', dosage_form: '丸剂', strength: '27mg', approval_number: '国药准字Z20063512',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '心脑血管', vbp_price: null,
    }, [
      ['HX-FDS-150', '27mg×150丸', 150, '丸', 'online', 26.8, 50161],
      ['HX-FDS-180', '27mg×180丸', 180, '丸', 'offline', 31.5, 50162],
    ]),

    // 内分泌
    product({
      generic_name: '盐酸二甲双胍缓释片', brand_name: '欣糖平', dosage_form: '片剂', strength: '0.5g', approval_number: '国药准字H20073426',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '内分泌', vbp_price: 2.4,
    }, [
      ['HX-MET-015', '0.5g×15片', 15, '片', 'online', 11.8, 50171],
      ['HX-MET-030', '0.5g×30片', 30, '片', 'offline', 22, 50172],
      ['HX-MET-060', '0.5g×60片', 60, '片', 'online', 39.9, 50173],
    ]),
    product({
      generic_name: '格列美脲片', brand_name: '欣美脲', dosage_form: '片剂', strength: '2mg', approval_number: '国药准字H20050983',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '内分泌', vbp_price: null,
    }, [
      ['HX-GLM-015', '2mg×15片', 15, '片', 'online', 16.9, 50181],
      ['HX-GLM-030', '2mg×30片', 30, '片', 'offline', 31, 50182],
    ]),
    product({
      generic_name: '阿卡波糖片', brand_name: '欣波糖', dosage_form: '片剂', strength: '50mg', approval_number: '国药准字H20093617',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '内分泌', vbp_price: null,
    }, [
      ['HX-ACB-030', '50mg×30片', 30, '片', 'all', 28.5, 50191],
      ['HX-ACB-060', '50mg×60片', 60, '片', 'online', 52, 50192],
    ]),
    product({
      generic_name: '左甲状腺素钠片', brand_name: '欣甲乐', dosage_form: '片剂', strength: '50μg', approval_number: '国药准字H20083276',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '内分泌', vbp_price: null,
    }, [
      ['HX-LT4-028', '50μg×28片', 28, '片', 'online', 10.8, 50201],
      ['HX-LT4-100', '50μg×100片', 100, '片', 'offline', 29.8, 50202],
    ]),
    product({
      generic_name: '重组人胰岛素注射液', brand_name: '欣胰林', dosage_form: '注射剂', strength: '3ml:300IU', approval_number: '国药准字S20103041',
      rx_class: 'rx', storage: 'cold_chain', manufacturer: HQ, category: '内分泌', vbp_price: null,
    }, [
      ['HX-INS-001', '3ml:300IU×1支', 1, '支', 'all', 48, 50211],
      ['HX-INS-005', '3ml:300IU×5支', 5, '支', 'offline', 230, 50212],
    ]),
    product({
      generic_name: '甘精胰岛素注射液', brand_name: '欣长宁', dosage_form: '注射剂', strength: '3ml:300单位', approval_number: '国药准字S20173012',
      rx_class: 'rx', storage: 'cold_chain', manufacturer: HQ, category: '内分泌', vbp_price: null,
    }, [
      ['HX-GLA-001', '3ml:300单位×1支', 1, '支', 'online', 79.8, 50221],
      ['HX-GLA-005', '3ml:300单位×5支', 5, '支', 'offline', 375, 50222],
    ]),

    // 消化系统
    product({
      generic_name: '奥美拉唑肠溶胶囊', brand_name: '欣奥克', dosage_form: '胶囊剂', strength: '20mg', approval_number: '国药准字H20043815',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '消化系统', vbp_price: 1.68,
    }, [
      ['HX-OME-007', '20mg×7粒', 7, '粒', 'online', 12.8, 50231],
      ['HX-OME-014', '20mg×14粒', 14, '粒', 'offline', 22.5, 50232],
      ['HX-OME-028', '20mg×28粒', 28, '粒', 'offline', 41, 50233, 'inactive'],
    ]),
    product({
      generic_name: '蒙脱石散', brand_name: '欣肠宁', dosage_form: '散剂', strength: '3g', approval_number: '国药准字H20044213',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '消化系统', vbp_price: null,
    }, [
      ['HX-SMT-010', '3g×10袋', 10, '袋', 'online', 16.8, 50241],
      ['HX-SMT-015', '3g×15袋', 15, '袋', 'offline', 23.5, 50242],
    ]),
    product({
      generic_name: '多潘立酮片', brand_name: '欣动力', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H20053724',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '消化系统', vbp_price: null,
    }, [
      ['HX-DOM-012', '10mg×12片', 12, '片', 'online', 8.5, 50251],
      ['HX-DOM-030', '10mg×30片', 30, '片', 'offline', 18.9, 50252],
    ]),
    product({
      generic_name: '铝碳酸镁咀嚼片', brand_name: '欣达胃', dosage_form: '片剂', strength: '0.5g', approval_number: '国药准字H20063305',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '消化系统', vbp_price: null,
    }, [
      ['HX-HYD-020', '0.5g×20片', 20, '片', 'online', 16.9, 50261],
      ['HX-HYD-040', '0.5g×40片', 40, '片', 'offline', 31.8, 50262],
    ]),
    product({
      generic_name: '乳果糖口服溶液', brand_name: '欣畅', dosage_form: '口服溶液剂', strength: '100ml:66.7g', approval_number: '国药准字H20083921',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '消化系统', vbp_price: null,
    }, [
      ['HX-LAC-100', '100ml×1瓶', 100, 'ml', 'online', 29.8, 50271],
      ['HX-LAC-200', '200ml×1瓶', 200, 'ml', 'offline', 55, 50272],
    ]),
    product({
      generic_name: '开塞露', brand_name: '华欣', dosage_form: '灌肠剂', strength: '20ml', approval_number: '国药准字H20045031',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: HQ, category: '消化系统', vbp_price: null,
    }, [
      ['HX-GLY-002', '20ml×2支', 2, '支', 'online', 4.8, 50281],
      ['HX-GLY-010', '20ml×10支', 10, '支', 'offline', 19.8, 50282],
    ]),
    product({
      generic_name: '双歧杆菌三联活菌胶囊', brand_name: '欣菌宁', dosage_form: '胶囊剂', strength: '210mg', approval_number: '国药准字S20023045',
      rx_class: 'otc_a', storage: 'cool', manufacturer: HQ, category: '消化系统', vbp_price: null,
    }, [
      ['HX-BIF-024', '210mg×24粒', 24, '粒', 'online', 19.8, 50291],
      ['HX-BIF-036', '210mg×36粒', 36, '粒', 'offline', 28.5, 50292],
    ]),

    // 呼吸系统
    product({
      generic_name: '盐酸氨溴索口服溶液', brand_name: '欣畅咳', dosage_form: '口服溶液剂', strength: '100ml:0.6g', approval_number: '国药准字H20063782',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '呼吸系统', vbp_price: null,
    }, [
      ['HX-AMB-060', '60ml×1瓶', 60, 'ml', 'online', 13.9, 50301],
      ['HX-AMB-100', '100ml×1瓶', 100, 'ml', 'all', 21.5, 50302],
    ]),
    product({
      generic_name: '孟鲁司特钠片', brand_name: '欣鲁特', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H20083356',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '呼吸系统', vbp_price: null,
    }, [
      ['HX-MTK-005', '10mg×5片', 5, '片', 'online', 24.8, 50311],
      ['HX-MTK-010', '10mg×10片', 10, '片', 'offline', 46, 50312],
    ]),
    product({
      generic_name: '氢溴酸右美沙芬糖浆', brand_name: '欣咳停', dosage_form: '糖浆剂', strength: '100ml:0.15g', approval_number: '国药准字H20053196',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '呼吸系统', vbp_price: null,
    }, [
      ['HX-DXM-100', '100ml×1瓶', 100, 'ml', 'online', 15.8, 50321],
      ['HX-DXM-150', '150ml×1瓶', 150, 'ml', 'offline', 22.5, 50322],
    ]),
    product({
      generic_name: '布地奈德鼻喷雾剂', brand_name: '欣喷舒', dosage_form: '喷雾剂', strength: '64μg/喷', approval_number: '国药准字H20113425',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '呼吸系统', vbp_price: null,
    }, [
      ['HX-BUD-120', '64μg×120喷', 120, '喷', 'offline', 45, 50331],
      ['HX-BUD-240', '64μg×120喷×2支', 240, '喷', 'online', 86, 50332],
    ]),

    // 解热镇痛
    product({
      generic_name: '布洛芬缓释胶囊', brand_name: '欣舒芬', dosage_form: '胶囊剂', strength: '0.3g', approval_number: '国药准字H20023456',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '解热镇痛', vbp_price: null,
    }, [
      ['HX-IBU-010', '0.3g×10粒', 10, '粒', 'online', 9.9, 50341],
      ['HX-IBU-020', '0.3g×20粒', 20, '粒', 'offline', 18.5, 50342],
      ['HX-IBU-024', '0.3g×24粒', 24, '粒', 'online', 19.9, 50343],
    ]),
    product({
      generic_name: '对乙酰氨基酚片', brand_name: '欣退热', dosage_form: '片剂', strength: '0.5g', approval_number: '国药准字H20043972',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: HQ, category: '解热镇痛', vbp_price: null,
    }, [
      ['HX-APAP-012', '0.5g×12片', 12, '片', 'online', 5.9, 50351],
      ['HX-APAP-024', '0.5g×24片', 24, '片', 'offline', 10.5, 50352],
      ['HX-APAP-100', '0.5g×100片', 100, '片', 'offline', 36, 50353, 'inactive'],
    ]),
    product({
      generic_name: '布洛芬混悬液', brand_name: '欣舒芬', dosage_form: '口服混悬剂', strength: '100ml:2g', approval_number: '国药准字H20063894',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '解热镇痛', vbp_price: null,
    }, [
      ['HX-IBS-060', '60ml×1瓶', 60, 'ml', 'online', 15.9, 50361],
      ['HX-IBS-100', '100ml×1瓶', 100, 'ml', 'offline', 25, 50362],
    ]),
    product({
      generic_name: '洛索洛芬钠片', brand_name: '欣洛芬', dosage_form: '片剂', strength: '60mg', approval_number: '国药准字H20093415',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '解热镇痛', vbp_price: null,
    }, [
      ['HX-LOX-012', '60mg×12片', 12, '片', 'online', 16.8, 50371],
      ['HX-LOX-024', '60mg×24片', 24, '片', 'offline', 31.5, 50372],
    ]),
    product({
      generic_name: '双氯芬酸二乙胺乳胶剂', brand_name: '欣扶通', dosage_form: '凝胶剂', strength: '1%(20g:0.2g)', approval_number: '国药准字H20054123',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '解热镇痛', vbp_price: null,
    }, [
      ['HX-DCF-020', '20g×1支', 20, 'g', 'online', 19.8, 50381],
      ['HX-DCF-050', '50g×1支', 50, 'g', 'offline', 42, 50382],
    ]),
    product({
      generic_name: '氟比洛芬凝胶贴膏', brand_name: '欣贴宁', dosage_form: '贴膏剂', strength: '40mg', approval_number: '国药准字H20103128',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '解热镇痛', vbp_price: null,
    }, [
      ['HX-FLB-006', '40mg×6贴', 6, '贴', 'online', 29.8, 50391],
      ['HX-FLB-012', '40mg×12贴', 12, '贴', 'offline', 56, 50392],
    ]),

    // 抗过敏
    product({
      generic_name: '氯雷他定片', brand_name: '欣敏乐', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H20043125',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '抗过敏', vbp_price: null,
    }, [
      ['HX-LOR-006', '10mg×6片', 6, '片', 'online', 12.8, 50401],
      ['HX-LOR-012', '10mg×12片', 12, '片', 'offline', 23.5, 50402],
      ['HX-LOR-018', '10mg×18片', 18, '片', 'all', 33, 50403],
    ]),
    product({
      generic_name: '盐酸西替利嗪片', brand_name: '欣替宁', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H20053632',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '抗过敏', vbp_price: null,
    }, [
      ['HX-CTZ-012', '10mg×12片', 12, '片', 'online', 19.8, 50411],
      ['HX-CTZ-024', '10mg×24片', 24, '片', 'offline', 36, 50412],
    ]),
    product({
      generic_name: '依巴斯汀片', brand_name: '欣巴汀', dosage_form: '片剂', strength: '10mg', approval_number: '国药准字H20133021',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '抗过敏', vbp_price: null,
    }, [
      ['HX-EBA-010', '10mg×10片', 10, '片', 'all', 35.5, 50421],
      ['HX-EBA-020', '10mg×20片', 20, '片', 'offline', 68, 50422],
    ]),

    // 维生素矿物质
    product({
      generic_name: '维生素C泡腾片', brand_name: '欣维C', dosage_form: '片剂', strength: '1g', approval_number: '国药准字H20064215',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: HQ, category: '维生素矿物质', vbp_price: null,
    }, [
      ['HX-VC-010', '1g×10片', 10, '片', 'offline', 14.5, 50431],
      ['HX-VC-015', '1g×15片', 15, '片', 'online', 19.9, 50432],
    ]),
    product({
      generic_name: '碳酸钙D3片', brand_name: '欣钙', dosage_form: '片剂', strength: '钙600mg/维生素D3 125IU', approval_number: '国药准字H20053345',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: HQ, category: '维生素矿物质', vbp_price: null,
    }, [
      ['HX-CAD-030', '600mg×30片', 30, '片', 'offline', 22.8, 50441],
      ['HX-CAD-060', '600mg×60片', 60, '片', 'online', 39.8, 50442],
      ['HX-CAD-100', '600mg×100片', 100, '片', 'online', 59, 50443],
    ]),
    product({
      generic_name: '复合维生素B片', brand_name: '华欣', dosage_form: '片剂', strength: '复方', approval_number: '国药准字H32021874',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: SUZHOU, category: '维生素矿物质', vbp_price: null,
    }, [
      ['HX-VB-060', '60片×1瓶', 60, '片', 'online', 4.5, 50451, 'inactive'],
      ['HX-VB-100', '100片×1瓶', 100, '片', 'offline', 6.5, 50452],
    ]),
    product({
      generic_name: '葡萄糖酸锌口服溶液', brand_name: '欣锌宝', dosage_form: '口服溶液剂', strength: '10ml:35mg', approval_number: '国药准字H20044352',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: HQ, category: '维生素矿物质', vbp_price: null,
    }, [
      ['HX-ZN-012', '10ml×12支', 12, '支', 'online', 19.8, 50461],
      ['HX-ZN-024', '10ml×24支', 24, '支', 'offline', 35, 50462],
    ]),

    // 中成药
    product({
      generic_name: '板蓝根颗粒', brand_name: '欣蓝', dosage_form: '颗粒剂', strength: '10g', approval_number: '国药准字Z32020453',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: SUZHOU, category: '中成药', vbp_price: null,
    }, [
      ['HX-BLG-010', '10g×10袋', 10, '袋', 'online', 8.8, 50471],
      ['HX-BLG-020', '10g×20袋', 20, '袋', 'offline', 15.8, 50472],
    ]),
    product({
      generic_name: '连花清瘟胶囊', brand_name: '欣清瘟', dosage_form: '胶囊剂', strength: '0.35g', approval_number: '国药准字Z20050873',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '中成药', vbp_price: null,
    }, [
      ['HX-LHQW-024', '0.35g×24粒', 24, '粒', 'online', 14.8, 50481],
      ['HX-LHQW-036', '0.35g×36粒', 36, '粒', 'offline', 21.5, 50482],
      ['HX-LHQW-048', '0.35g×48粒', 48, '粒', 'all', 27.8, 50483],
    ]),
    product({
      generic_name: '六味地黄丸', brand_name: '欣六味', dosage_form: '丸剂', strength: '浓缩丸 每8丸重1.44g', approval_number: '国药准字Z20043761',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '中成药', vbp_price: null,
    }, [
      ['HX-LWDH-200', '200丸×1瓶', 200, '丸', 'online', 18.8, 50491],
      ['HX-LWDH-360', '360丸×1瓶', 360, '丸', 'offline', 32, 50492],
    ]),
    product({
      generic_name: '感冒清热颗粒', brand_name: '欣清热', dosage_form: '颗粒剂', strength: '12g', approval_number: '国药准字Z20026731',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '中成药', vbp_price: null,
    }, [
      ['HX-GMQR-006', '12g×6袋', 6, '袋', 'online', 10.8, 50501],
      ['HX-GMQR-010', '12g×10袋', 10, '袋', 'offline', 16.5, 50502],
    ]),
    product({
      generic_name: '藿香正气口服液', brand_name: '欣正气', dosage_form: '合剂', strength: '10ml', approval_number: '国药准字Z32021698',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: SUZHOU, category: '中成药', vbp_price: null,
    }, [
      ['HX-HXZQ-006', '10ml×6支', 6, '支', 'online', 13.9, 50511],
      ['HX-HXZQ-010', '10ml×10支', 10, '支', 'offline', 21.8, 50512],
    ]),
    product({
      generic_name: '小柴胡颗粒', brand_name: '欣柴胡', dosage_form: '颗粒剂', strength: '10g', approval_number: '国药准字Z20053826',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '中成药', vbp_price: null,
    }, [
      ['HX-XCH-009', '10g×9袋', 9, '袋', 'online', 14.8, 50521],
      ['HX-XCH-020', '10g×20袋', 20, '袋', 'offline', 30.5, 50522],
    ]),
    product({
      generic_name: '牛黄解毒片', brand_name: '华欣', dosage_form: '片剂', strength: '0.3g', approval_number: '国药准字Z20025134',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '中成药', vbp_price: null,
    }, [
      ['HX-NHJD-024', '0.3g×24片', 24, '片', 'all', 6.5, 50531],
      ['HX-NHJD-048', '0.3g×48片', 48, '片', 'offline', 11.8, 50532],
    ]),
    product({
      generic_name: '健胃消食片', brand_name: '欣健', dosage_form: '片剂', strength: '0.8g', approval_number: '国药准字Z20025643',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: HQ, category: '中成药', vbp_price: null,
    }, [
      ['HX-JWXS-032', '0.8g×32片', 32, '片', 'online', 12.9, 50541],
      ['HX-JWXS-064', '0.8g×64片', 64, '片', 'offline', 22.5, 50542],
    ]),

    // 皮肤科
    product({
      generic_name: '红霉素软膏', brand_name: '华欣', dosage_form: '软膏剂', strength: '1%', approval_number: '国药准字H20045213',
      rx_class: 'otc_b', storage: 'ambient', manufacturer: HQ, category: '皮肤科', vbp_price: null,
    }, [
      ['HX-ERY-010', '10g×1支', 10, 'g', 'offline', 3.5, 50551],
      ['HX-ERY-020', '10g×2支', 20, 'g', 'online', 6.9, 50552],
    ]),
    product({
      generic_name: '莫匹罗星软膏', brand_name: '欣匹宁', dosage_form: '软膏剂', strength: '2%', approval_number: '国药准字H20063471',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '皮肤科', vbp_price: null,
    }, [
      ['HX-MUP-005', '5g×1支', 5, 'g', 'offline', 18.5, 50561],
      ['HX-MUP-010', '10g×1支', 10, 'g', 'online', 33.8, 50562],
    ]),
    product({
      generic_name: '糠酸莫米松乳膏', brand_name: '欣莫松', dosage_form: '乳膏剂', strength: '0.1%', approval_number: '国药准字H20083147',
      rx_class: 'rx', storage: 'ambient', manufacturer: HQ, category: '皮肤科', vbp_price: null,
    }, [
      ['HX-MMF-005', '5g×1支', 5, 'g', 'online', 15.9, 50571],
      ['HX-MMF-010', '10g×1支', 10, 'g', 'offline', 29.5, 50572],
    ]),
    product({
      generic_name: '阿昔洛韦乳膏', brand_name: '欣韦洛', dosage_form: '乳膏剂', strength: '3%', approval_number: '国药准字H20045520',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '皮肤科', vbp_price: null,
    }, [
      ['HX-ACV-010', '10g×1支', 10, 'g', 'offline', 8.5, 50581],
      ['HX-ACV-020', '10g×2支', 20, 'g', 'online', 14.9, 50582],
    ]),

    // 眼科
    product({
      generic_name: '玻璃酸钠滴眼液', brand_name: '欣润目', dosage_form: '滴眼剂', strength: '0.1%(5ml:5mg)', approval_number: '国药准字H20103256',
      rx_class: 'rx', storage: 'cool', manufacturer: HQ, category: '眼科', vbp_price: null,
    }, [
      ['HX-SH-005', '5ml×1支', 5, 'ml', 'offline', 32, 50591],
      ['HX-SH-010', '5ml×2支', 10, 'ml', 'online', 59, 50592],
    ]),
    product({
      generic_name: '左氧氟沙星滴眼液', brand_name: '欣明', dosage_form: '滴眼剂', strength: '0.5%(5ml:24.4mg)', approval_number: '国药准字H20073518',
      rx_class: 'rx', storage: 'cool', manufacturer: HQ, category: '眼科', vbp_price: null,
    }, [
      ['HX-LVXE-005', '5ml×1支', 5, 'ml', 'all', 18.5, 50601],
      ['HX-LVXE-008', '8ml×1支', 8, 'ml', 'offline', 26.5, 50602],
    ]),
    product({
      generic_name: '萘敏维滴眼液', brand_name: '欣亮眼', dosage_form: '滴眼剂', strength: '10ml', approval_number: '国药准字H20054276',
      rx_class: 'otc_a', storage: 'ambient', manufacturer: HQ, category: '眼科', vbp_price: null,
    }, [
      ['HX-NMV-010', '10ml×1支', 10, 'ml', 'online', 15.8, 50611],
      ['HX-NMV-015', '15ml×1支', 15, 'ml', 'offline', 22, 50612],
    ]),
    product({
      generic_name: '重组人干扰素α2b滴眼液', brand_name: '欣扰素', dosage_form: '滴眼剂', strength: '5ml:100万IU', approval_number: '国药准字S20053122',
      rx_class: 'rx', storage: 'cold_chain', manufacturer: HQ, category: '眼科', vbp_price: null,
    }, [
      ['HX-IFNE-005', '5ml×1支', 5, 'ml', 'offline', 48, 50621],
      ['HX-IFNE-010', '5ml×2支', 10, 'ml', 'online', 92, 50622],
    ]),

    // 血液系统
    product({
      generic_name: '重组人促红素注射液(CHO细胞)', brand_name: '欣红宁', dosage_form: '注射剂', strength: '10000IU/1ml', approval_number: '国药准字S20083215',
      rx_class: 'rx', storage: 'cold_chain', manufacturer: HQ, category: '血液系统', vbp_price: null,
    }, [
      ['HX-EPO-001', '10000IU×1支', 1, '支', 'all', 168, 50631],
      ['HX-EPO-006', '10000IU×6支', 6, '支', 'offline', 980, 50632],
    ]),

    // 医疗器械 (registration or filing numbers, not 国药准字)
    product({
      generic_name: '医用外科口罩', brand_name: '华欣', dosage_form: '医疗器械', strength: '17.5cm×9.5cm', approval_number: '苏械注准20202140567',
      rx_class: 'non_drug', storage: 'ambient', manufacturer: SUZHOU, category: '医疗器械', vbp_price: null,
    }, [
      ['HX-MASK-010', '10只×1袋', 10, '只', 'online', 9.9, 50641],
      ['HX-MASK-050', '50只×1盒', 50, '只', 'offline', 35, 50642],
    ]),
    product({
      generic_name: '血糖试纸(葡萄糖氧化酶法)', brand_name: '欣测', dosage_form: '医疗器械', strength: '适用于欣测血糖仪', approval_number: '苏械注准20192400213',
      rx_class: 'non_drug', storage: 'ambient', manufacturer: SUZHOU, category: '医疗器械', vbp_price: null,
    }, [
      ['HX-BGS-050', '50条×1盒', 50, '条', 'online', 79, 50651],
      ['HX-BGS-100', '100条×1盒', 100, '条', 'offline', 148, 50652],
    ]),
    product({
      generic_name: '医用酒精棉片', brand_name: '华欣', dosage_form: '医疗器械', strength: '75%乙醇 3cm×6cm', approval_number: '苏苏械备20200045',
      rx_class: 'non_drug', storage: 'ambient', manufacturer: SUZHOU, category: '医疗器械', vbp_price: null,
    }, [
      ['HX-ALC-050', '50片×1盒', 50, '片', 'online', 5.9, 50661],
      ['HX-ALC-100', '100片×1盒', 100, '片', 'all', 9.9, 50662],
    ]),
    product({
      generic_name: '创口贴', brand_name: '欣邦', dosage_form: '医疗器械', strength: '72mm×19mm', approval_number: null,
      rx_class: 'non_drug', storage: 'ambient', manufacturer: HQ, category: '医疗器械', vbp_price: null,
    }, [
      ['HX-BAND-020', '20贴×1盒', 20, '贴', 'online', 5.9, 50671],
      ['HX-BAND-050', '50贴×1盒', 50, '贴', 'offline', 12.5, 50672, 'inactive'],
      ['HX-BAND-100', '100贴×1盒', 100, '贴', 'offline', 19.8, 50673],
    ]),

    // 保健食品 (国食健注, not drugs)
    product({
      generic_name: '维生素D3软胶囊', brand_name: '欣维D', dosage_form: '软胶囊', strength: '400IU', approval_number: '国食健注G20150321',
      rx_class: 'non_drug', storage: 'ambient', manufacturer: HQ, category: '保健食品', vbp_price: null,
    }, [
      ['HX-VD3-030', '400IU×30粒', 30, '粒', 'offline', 26.8, 50681],
      ['HX-VD3-060', '400IU×60粒', 60, '粒', 'online', 49, 50682],
    ]),
    product({
      generic_name: '辅酶Q10软胶囊', brand_name: '欣康', dosage_form: '软胶囊', strength: '0.4g(含辅酶Q10 30mg)', approval_number: '国食健注G20140578',
      rx_class: 'non_drug', storage: 'ambient', manufacturer: HQ, category: '保健食品', vbp_price: null,
    }, [
      ['HX-Q10-030', '0.4g×30粒', 30, '粒', 'offline', 69, 50691],
      ['HX-Q10-060', '0.4g×60粒', 60, '粒', 'online', 128, 50692],
    ]),
  ],
};
