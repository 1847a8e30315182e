import chineseModule from '@haxqer/ra-language-chinese';
import type { TranslationMessages } from 'react-admin';

import { mergeMessages, type MessageTree as Tree } from './merge';

/** The package is CommonJS: bundlers and Node hand over `{ default: messages }`, not the messages. */
function unwrap(module: unknown): Tree {
  const value = module as { default?: unknown; ra?: unknown };
  return (value.ra ? value : (value.default as Tree)) as Tree;
}

/** Keys react-admin 5 added since the package's 4.16 (missing there), and smoother wording for a few. */
const patch: Tree = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选', search: '搜索', add_filter: '添加筛选', remove_filter: '移除此筛选', remove_all_filters: '清除所有筛选', back: '返回', unselect: '取消选择' },
    page: {
      access_denied: '无权访问',
      authentication_error: '身份验证错误',
      edit: '%{name}：%{recordRepresentation}',
      show: '%{name}：%{recordRepresentation}',
      list: '%{name}',
      create: '新建%{name}',
      empty: '暂无%{name}',
      invite: '要新建一个吗？',
    },
    message: {
      access_denied: '您没有访问此页面的权限',
      authentication_error: '认证服务器返回错误，无法验证您的凭据。',
      select_all_limit_reached: '条目过多，无法全部选择。仅选择了前 %{max} 项。',
      placeholder_data_warning: '网络问题：数据刷新失败。',
      delete_title: '删除%{name}：%{recordRepresentation}',
      delete_content: '确定要删除此%{name}吗？',
      bulk_delete_content: '确定要删除此%{name}吗？ |||| 确定要删除这 %{smart_count} 项吗？',
      bulk_update_content: '确定要更新%{name}“%{recordRepresentation}”吗？ |||| 确定要更新这 %{smart_count} 项吗？',
      bulk_update_title: '更新%{name}“%{recordRepresentation}” |||| 更新 %{smart_count} 项%{name}',
      invalid_form: '表单有误，请检查标出的字段',
      are_you_sure: '您确定吗？',
      unsaved_changes: '有未保存的修改，确定要放弃吗？',
    },
    navigation: {
      clear_filters: '清除筛选',
      no_filtered_results: '当前筛选条件下没有找到%{name}。',
      no_results: '没有找到%{name}',
      page_rows_per_page: '每页行数：',
      partial_page_range_info: '%{offsetBegin}-%{offsetEnd}，共超过 %{offsetEnd} 条',
      page_range_info: '%{offsetBegin}-%{offsetEnd}，共 %{total} 条',
      next: '下一页',
      previous: '上一页',
      prev: '上一页',
    },
    auth: { email: '邮箱', user_menu: '个人资料', logout: '退出登录', sign_in_error: '登录失败，请重试' },
    notification: {
      offline: '网络未连接，无法获取数据。',
      updated: '已更新 |||| 已更新 %{smart_count} 项',
      created: '已创建',
      deleted: '已删除 |||| 已删除 %{smart_count} 项',
      logged_out: '会话已结束，请重新登录。',
      http_error: '与服务器通信出错',
    },
    sort: { sort_by: '按%{field_lower_first}%{order}排序' },
    validation: { unique: '必须唯一', email: '必须是有效的邮箱地址', oneOf: '必须是以下之一：%{options}' },
    guesser: { empty: { title: '没有可显示的数据', message: '请检查数据提供程序' } },
  },
};

export const raChinese = mergeMessages(unwrap(chineseModule), patch) as unknown as TranslationMessages;
