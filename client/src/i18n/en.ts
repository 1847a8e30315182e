import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { validationMessages } from '../../../shared/validation-messages';
import { mergeMessages, type MessageTree } from './merge';
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

const common = { id: 'ID', version: 'Version', created_at: 'Created', updated_at: 'Updated' };

/** RxChannel's own English texts; zh.ts must provide the same keys (checked by the type and a test). */
export const enCustom = {
  resources: {
    products: {
      name: 'Product |||| Products',
      empty: 'No products yet.',
      fields: {
        ...common,
        generic_name: 'Generic name',
        brand_name: 'Brand name',
        dosage_form: 'Dosage form',
        strength: 'Strength',
        approval_number: 'Approval number',
        rx_class: 'Rx class',
        storage: 'Storage',
        manufacturer: 'Manufacturer',
        category: 'Category',
        vbp_price: 'VBP price',
        parity_tolerance: 'Parity tolerance',
      },
      choices: {
        rx_class: { rx: 'Rx', otc_a: 'OTC (A)', otc_b: 'OTC (B)', non_drug: 'Non-drug' },
        storage: { ambient: 'Ambient', cool: 'Cool (≤ 20 °C)', cold_chain: 'Cold chain (2–8 °C)' },
      },
      helpers: {
        approval_number: 'NMPA number, e.g. 国药准字H20040001; not needed for non-drugs',
        vbp_price: 'Winning price in volume-based procurement, if any',
        parity_tolerance: 'Allowed online/offline gap per unit; empty uses the company default',
      },
      sections: { identity: 'Product', classification: 'Classification and storage', skus: 'SKUs of this product' },
      actions: { add_sku: 'Add SKU' },
      empty_skus: 'No SKUs for this product yet.',
    },
    skus: {
      name: 'SKU |||| SKUs',
      empty: 'No SKUs yet.',
      fields: {
        ...common,
        product_id: 'Product',
        code: 'SKU code',
        name: 'Name',
        pack_desc: 'Pack',
        units_per_pack: 'Units per pack',
        unit: 'Unit',
        gtin: 'GTIN-13',
        channel_scope: 'Channel scope',
        guide_price: 'Guide price',
        status: 'Status',
      },
      choices: {
        channel_scope: { online: 'Online', offline: 'Offline', all: 'All channels' },
        status: { active: 'Active', inactive: 'Inactive' },
      },
      helpers: {
        pack_desc: 'e.g. 0.25g×24粒',
        gtin: 'Barcode: 13 digits, the last one is the check digit',
        unit: 'Smallest unit, e.g. 粒, 片, 支',
      },
    },
    channels: {
      name: 'Channel |||| Channels',
      empty: 'No channels yet.',
      fields: {
        ...common,
        name: 'Name',
        code: 'Code',
        type: 'Type',
        platform: 'Platform',
        region: 'Region',
        commission_rate: 'Commission',
        active: 'Active',
        audience: 'Buyers',
        operated_by: 'Operated by',
      },
      choices: {
        type: { online: 'Online', offline: 'Offline' },
        audience: { b2c: 'Consumers (B2C)', b2b: 'Businesses (B2B)' },
        audience_short: { b2c: 'B2C', b2b: 'B2B' },
        operated_by: { company: 'Company', partner: 'Partner' },
        operated_by_default: 'By platform (own store: company; others: partner)',
        platform: {
          jd: 'JD.com',
          tmall: 'Tmall',
          alihealth: 'Alibaba Health',
          pinduoduo: 'Pinduoduo',
          meituan: 'Meituan',
          douyin: 'Douyin',
          kuaishou: 'Kuaishou',
          eleme: 'Ele.me',
          yaoshibang: 'Yaoshibang',
          own_store: 'Own store',
          distributor: 'Distributor',
          pharmacy_chain: 'Pharmacy chain',
          hospital: 'Hospital',
          clinic: 'Clinic',
          other: 'Other',
        },
      },
      helpers: {
        commission_rate: 'Percent of the sale price kept by the channel',
        audience: 'Who buys here. Prescription (Rx) SKUs are never promoted on consumer (B2C) channels, only on B2B ones (pharmacies, clinics, hospitals, distributors).',
        operated_by: 'Company-operated channels must follow the price policy. On partner channels (distributors, platform pharmacies, third-party stores) prices are recorded as market intelligence only.',
      },
    },
    users: {
      name: 'User |||| Users',
      empty: 'No users yet.',
      fields: {
        ...common,
        email: 'Email',
        name: 'Name',
        role: 'Role',
        locale: 'Language',
        active: 'Active',
        password: 'Password',
      },
      choices: {
        role: { admin: 'Administrator', manager: 'Manager', sales: 'Sales', promotion: 'Promotion' },
        locale: { en: 'English', zh: '简体中文' },
      },
      helpers: {
        password_create: 'At least 10 characters, hard to guess, without the email; at most 72 bytes',
        password_edit: 'Leave empty to keep the current password',
        active: 'Inactive users cannot sign in',
      },
    },
    'audit-logs': {
      name: 'Audit log entry |||| Audit log',
      empty: 'No changes recorded yet.',
      fields: {
        id: 'ID',
        at: 'Time',
        user_id: 'User',
        user_email: 'User',
        action: 'Action',
        resource: 'Record type',
        record_label: 'Record',
        record_id: 'Record ID',
        at_gte: 'From',
        at_lte: 'Until',
        changes: 'Changes',
      },
      choices: { action: { create: 'Created', update: 'Updated', delete: 'Deleted' } },
    },
  },
  rx: {
    skus: {
      bulk: {
        set: 'Set %{field}…',
        title: 'Set %{field}',
        intro: 'The same %{field} for %{smart_count} selected SKU. All change or none. |||| The same %{field} for %{smart_count} selected SKUs. All change or none.',
        apply: 'Apply to %{smart_count} SKU |||| Apply to %{smart_count} SKUs',
        done: '%{smart_count} SKU changed |||| %{smart_count} SKUs changed',
      },
    },
    app: {
      name: 'RxChannel',
      tagline: 'Channel pricing, promotions and compliance for pharmaceutical e-commerce',
    },
    login: {
      title: 'Sign in to your company',
      submit: 'Sign in',
      failed: 'Sign-in failed. Please try again.',
    },
    user_menu: { role: 'Role' },
    common: { none: '—', yes: 'Yes', no: 'No' },
    audit: {
      field: 'Field',
      before: 'Before',
      after: 'After',
      no_changes: 'No field changed.',
      summary: { label: 'Changes', create: 'Created', delete: 'Deleted', more: '%{fields} and %{smart_count} more' },
      resources: {
        products: 'Product',
        skus: 'SKU',
        channels: 'Channel',
        users: 'User',
        'price-policies': 'Price policy',
        'channel-prices': 'Channel price',
        orders: 'Order',
        'sales-plans': 'Sales plan',
        settings: 'Settings',
      },
    },
    server: {
      wrong_credentials: 'Email or password is wrong',
      deactivated: 'This account is deactivated',
      throttled: 'Too many failed logins. Wait 15 minutes and try again.',
      stale_version: 'Someone else changed this record. Reload to see their change, then edit again.',
      duplicate: 'A record with this value already exists',
      already_exists: 'Already exists',
      product_has_skus: 'This product still has SKUs. Delete or move them first.',
      referenced: 'This record is still referenced by other records',
      forbidden: 'Your role may not do this',
      self_demote: 'You cannot demote or deactivate yourself',
      ask_another_admin: 'Ask another admin to change your own role',
      self_delete: 'You cannot delete yourself',
      invalid_input: 'Some fields are not valid. Please check the form.',
      product_not_found: 'Product not found',
      not_found: 'Not found',
      internal: 'Internal server error',
    },
    validation: { ...validationMessages.en },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language's custom catalogue must have. */
export type Catalogue = Widen<typeof enCustom>;

/** react-admin's English, with plainer save notifications than its "Element updated". */
const raPatch = {
  ra: {
    notification: {
      updated: 'Saved |||| %{smart_count} records saved',
      created: 'Created',
      deleted: 'Deleted |||| %{smart_count} records deleted',
    },
  },
};

/** The full English catalogue; further screens' texts are merged in with `mergeMessages`. */
export const en = mergeMessages(englishMessages as MessageTree, raPatch, enCustom, pricingMessages.en as MessageTree, accountMessages.en as MessageTree, notificationUiMessages.en as MessageTree, policyMessages.en as MessageTree, settingsMessages.en as MessageTree, reportMessages.en as MessageTree, salesMessages.en as MessageTree, salesImportMessages.en as MessageTree, promotionMessages.en as MessageTree, promotionCalendarMessages.en as MessageTree, promotionResultsMessages.en as MessageTree, promotionGroupMessages.en as MessageTree, violationMessages.en as MessageTree, complianceMessages.en as MessageTree, observationMessages.en as MessageTree, sellerMessages.en as MessageTree, evidencePackageMessages.en as MessageTree) as TranslationMessages;
