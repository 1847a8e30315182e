/**
 * Messages the server sends beyond field validation, keyed so every reader sees them in their
 * own language. The server answers `{ message (English), key, params, errors }`; the client
 * renders `key` with `params` (polyglot `%{name}` placeholders) in the user's locale.
 */
export const serverMessages = {
  en: {
    invalid_input: 'Invalid input. %{summary}',
    not_found: '%{what} not found',
    forbidden: 'Your role may not do this',
    login_required: 'Please log in',
    internal: 'Internal server error',
    body_not_json: 'Request body is not valid JSON',
    body_too_large: 'Request body is too large',
    unsupported_content_type: 'Send this request as JSON (Content-Type: application/json)',
    unsupported_upload_type: 'Send the file as multipart/form-data',
    foreign_origin: 'Requests from %{origin} are not allowed',
    bad_query_json: 'Query parameter "%{name}" is not valid JSON',
    bad_query_param: 'Query parameter "%{name}" must be a JSON string',
    bad_sort: 'sort must be ["field","ASC"|"DESC"]',
    unknown_sort: 'Cannot sort by "%{field}"',
    bad_sort_order: 'sort order must be ASC or DESC',
    bad_range: 'range must be [start, end] with 0 ≤ start ≤ end ≤ %{max}',
    bad_filter: 'filter must be a JSON object',
    unknown_filter: 'Unknown filter "%{field}"',
    bad_filter_value: 'Filter "%{field}": %{reason}',
    filter_no_list: 'Filter "%{field}" does not take a list',
    bad_id: 'id must be a whole number from 1 to 2147483647',
    stale_version: 'Someone else changed this record. Reload to see their change, then edit again.',
    duplicate: 'A record with this %{field} already exists',
    referenced: 'This record is still referenced by other records',
    idempotency_key_reused: 'This Idempotency-Key was already used for a different request',
    idempotency_in_progress: 'The same request is still being processed; try again in a moment',
  },
  zh: {
    invalid_input: '输入有误。%{summary}',
    not_found: '未找到%{what}',
    forbidden: '您的角色无权执行此操作',
    login_required: '请先登录',
    internal: '服务器内部错误',
    body_not_json: '请求内容不是有效的 JSON',
    body_too_large: '请求内容过大',
    unsupported_content_type: '请以 JSON 格式发送此请求（Content-Type: application/json）',
    unsupported_upload_type: '请以 multipart/form-data 方式上传文件',
    foreign_origin: '不允许来自 %{origin} 的请求',
    bad_query_json: '查询参数“%{name}”不是有效的 JSON',
    bad_query_param: '查询参数“%{name}”必须是 JSON 字符串',
    bad_sort: 'sort 格式应为 ["字段","ASC"|"DESC"]',
    unknown_sort: '不能按“%{field}”排序',
    bad_sort_order: '排序方向只能是 ASC 或 DESC',
    bad_range: 'range 格式应为 [起始, 结束]，且 0 ≤ 起始 ≤ 结束 ≤ %{max}',
    bad_filter: 'filter 必须是 JSON 对象',
    unknown_filter: '未知的筛选条件“%{field}”',
    bad_filter_value: '筛选条件“%{field}”：%{reason}',
    filter_no_list: '筛选条件“%{field}”不接受列表',
    bad_id: 'id 必须是 1 到 2147483647 之间的整数',
    stale_version: '此记录已被他人修改。请刷新查看后再编辑。',
    duplicate: '已存在相同%{field}的记录',
    referenced: '此记录仍被其他记录引用',
    idempotency_key_reused: '此 Idempotency-Key 已用于另一个请求',
    idempotency_in_progress: '相同的请求仍在处理中，请稍后重试',
  },
} as const;

export type ServerMessageKey = keyof (typeof serverMessages)['en'];
export type MessageParams = Record<string, string | number>;

/** Fills `%{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function renderServerMessage(locale: string, key: string, params: MessageParams = {}): string | undefined {
  const catalogue = (locale.startsWith('zh') ? serverMessages.zh : serverMessages.en) as Record<string, string>;
  const template = catalogue[key];
  if (template === undefined) return undefined;
  return template.replace(/%\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
