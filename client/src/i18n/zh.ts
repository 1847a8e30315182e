import type { TranslationMessages } from 'react-admin';
import { validationMessages } from '../../../shared/validation-messages';
import type { Catalogue } from './en';
import { pricingMessages } from '../prices/i18n';
import { policyMessages } from '../policies/i18n';
import { accountMessages } from '../account/i18n';
import { notificationUiMessages } from '../notifications/i18n';
import { settingsMessages } from '../settings/i18n';
import { reportMessages } from '../priceReport/i18n';
import { salesMessages } from '../sales/i18n';
import { salesImportMessages } from '../salesImports/i18n';
import { promotionMessages } from '../promotions/i18n';
import { promotionCalendarMessages } from '../promotionCalendar/i18n';
import { promotionResultsMessages } from '../promotionResults/i18n';
import { promotionGroupMessages } from '../promotionGroups/i18n';
import { violationMessages } from '../violations/i18n';
import { complianceMessages } from '../compliance/i18n';
import { observationMessages } from '../observations/i18n';
import { sellerMessages } from '../sellers/i18n';
import { evidencePackageMessages } from '../evidencePackage/i18n';
import { mergeMessages, type MessageTree } from './merge';
import { raChinese } from './raChinese';

const common = { id: 'ID', version: '版本', created_at: '创建时间', updated_at: '更新时间' };

export const zhCustom: Catalogue = {
  resources: {
    products: {
      name: '产品',
      empty: '还没有产品',
      fields: {
        ...common,
        generic_name: '通用名',
        brand_name: '商品名',
        dosage_form: '剂型',
        strength: '规格',
        approval_number: '批准文号',
        rx_class: '处方分类',
        storage: '储存条件',
        manufacturer: '生产企业',
        category: '类别',
        vbp_price: '集采中选价',
        parity_tolerance: '线上线下价差容忍度',
      },
      choices: {
        rx_class: { rx: '处方药', otc_a: '甲类非处方药', otc_b: '乙类非处方药', non_drug: '非药品' },
        storage: { ambient: '常温', cool: '阴凉（≤20 °C）', cold_chain: '冷链（2–8 °C）' },
      },
      helpers: {
        approval_number: '药监局批准文号，如 国药准字H20040001；非药品可不填',
        vbp_price: '国家集中带量采购中选价（如有）',
        parity_tolerance: '每单位线上线下允许的价差；留空则使用公司默认值',
      },
      sections: { identity: '产品信息', classification: '分类与储存', skus: '该产品的 SKU' },
      actions: { add_sku: '新增 SKU' },
      empty_skus: '该产品还没有 SKU。',
    },
    skus: {
      name: 'SKU',
      empty: '还没有 SKU',
      fields: {
        ...common,
        product_id: '产品',
        code: 'SKU 编码',
        name: '名称',
        pack_desc: '包装规格',
        units_per_pack: '每包数量',
        unit: '单位',
        gtin: '商品条码',
        channel_scope: '渠道范围',
        guide_price: '指导价',
        status: '状态',
      },
      choices: {
        channel_scope: { online: '线上', offline: '线下', all: '全渠道' },
        status: { active: '在售', inactive: '停售' },
      },
      helpers: {
        pack_desc: '如 0.25g×24粒',
        gtin: '条码：13 位数字，最后一位为校验位',
        unit: '最小单位，如 粒、片、支',
      },
    },
    channels: {
      name: '渠道',
      empty: '还没有渠道',
      fields: {
        ...common,
        name: '名称',
        code: '编码',
        type: '类型',
        platform: '平台',
        region: '区域',
        commission_rate: '佣金比例',
        active: '启用',
        audience: '买家类型',
        operated_by: '经营方',
      },
      choices: {
        type: { online: '线上', offline: '线下' },
        audience: { b2c: '消费者（B2C）', b2b: '企业（B2B）' },
        audience_short: { b2c: 'B2C', b2b: 'B2B' },
        operated_by: { company: '公司自营', partner: '合作方' },
        operated_by_default: '按平台（自有店铺为公司自营，其他为合作方）',
        platform: {
          jd: '京东',
          tmall: '天猫',
          alihealth: '阿里健康',
          pinduoduo: '拼多多',
          meituan: '美团',
          douyin: '抖音',
          kuaishou: '快手',
          eleme: '饿了么',
          yaoshibang: '药师帮',
          own_store: '自营店铺',
          distributor: '经销商',
          pharmacy_chain: '连锁药房',
          hospital: '医院',
          clinic: '诊所',
          other: '其他',
        },
      },
      helpers: {
        commission_rate: '渠道按销售价收取的百分比',
        audience: '在此购买的是谁。处方药（Rx）不得在面向消费者（B2C）的渠道促销，只可在 B2B 渠道（药店、诊所、医院、经销商）促销。',
        operated_by: '公司自营渠道须遵守价格政策；合作方渠道（经销商、平台自营药房、第三方店铺）的价格仅作为市场情报记录。',
      },
    },
    users: {
      name: '用户',
      empty: '还没有用户',
      fields: {
        ...common,
        email: '邮箱',
        name: '姓名',
        role: '角色',
        locale: '语言',
        active: '启用',
        password: '密码',
      },
      choices: {
        role: { admin: '管理员', manager: '经理', sales: '销售', promotion: '推广' },
        locale: { en: 'English', zh: '简体中文' },
      },
      helpers: {
        password_create: '至少 10 个字符且不易被猜到，不含邮箱；最多 72 字节',
        password_edit: '留空则保留当前密码',
        active: '停用的用户无法登录',
      },
    },
    'audit-logs': {
      name: '操作日志',
      empty: '还没有操作记录',
      fields: {
        id: 'ID',
        at: '时间',
        user_id: '用户',
        user_email: '用户',
        action: '操作',
        resource: '记录类型',
        record_label: '记录',
        record_id: '记录 ID',
        at_gte: '开始日期',
        at_lte: '结束日期',
        changes: '变更内容',
      },
      choices: { action: { create: '新建', update: '修改', delete: '删除' } },
    },
  },
  rx: {
    skus: {
      bulk: {
        set: '批量设置%{field}…',
        title: '批量设置%{field}',
        intro: '为选中的 %{smart_count} 个 SKU 设置相同的%{field}，全部成功或全部不变。',
        apply: '应用到 %{smart_count} 个 SKU',
        done: '已修改 %{smart_count} 个 SKU',
      },
    },
    app: {
      name: 'RxChannel',
      tagline: '医药电商渠道价格、促销与合规管理',
    },
    login: {
      title: '登录您的企业账号',
      submit: '登录',
      failed: '登录失败，请重试。',
    },
    user_menu: { role: '角色' },
    common: { none: '—', yes: '是', no: '否' },
    audit: {
      field: '字段',
      before: '修改前',
      after: '修改后',
      no_changes: '没有字段发生变化。',
      summary: { label: '变更', create: '新建', delete: '删除', more: '%{fields} 等另外 %{smart_count} 项' },
      resources: {
        products: '产品',
        skus: 'SKU',
        channels: '渠道',
        users: '用户',
        'price-policies': '价格政策',
        'channel-prices': '渠道价格',
        orders: '订单',
        'sales-plans': '销售计划',
        settings: '设置',
      },
    },
    server: {
      wrong_credentials: '邮箱或密码错误',
      deactivated: '该账号已停用',
      throttled: '登录失败次数过多，请 15 分钟后再试。',
      stale_version: '此记录已被他人修改。请刷新查看最新内容后再编辑。',
      duplicate: '已存在相同值的记录',
      already_exists: '已存在',
      product_has_skus: '该产品仍有 SKU，请先删除或转移这些 SKU。',
      referenced: '此记录仍被其他记录引用',
      forbidden: '您的角色无权执行此操作',
      self_demote: '不能降低自己的角色或停用自己',
      ask_another_admin: '请让其他管理员修改您的角色',
      self_delete: '不能删除自己',
      invalid_input: '部分字段无效，请检查表单。',
      product_not_found: '未找到该产品',
      not_found: '未找到',
      internal: '服务器内部错误',
    },
    validation: { ...validationMessages.zh },
  },
};

/** The full Chinese catalogue; further screens' texts are merged in with `mergeMessages`. */
export const zh = mergeMessages(raChinese as MessageTree, zhCustom, pricingMessages.zh as MessageTree, accountMessages.zh as MessageTree, notificationUiMessages.zh as MessageTree, policyMessages.zh as MessageTree, settingsMessages.zh as MessageTree, reportMessages.zh as MessageTree, salesMessages.zh as MessageTree, salesImportMessages.zh as MessageTree, promotionMessages.zh as MessageTree, promotionCalendarMessages.zh as MessageTree, promotionResultsMessages.zh as MessageTree, promotionGroupMessages.zh as MessageTree, violationMessages.zh as MessageTree, complianceMessages.zh as MessageTree, observationMessages.zh as MessageTree, sellerMessages.zh as MessageTree, evidencePackageMessages.zh as MessageTree) as TranslationMessages;
