/** Texts of the compliance page and its dashboard card, deep-merged into the app's catalogues; zh has every key of en. */
const en = {
  rx: {
    compliance: {
      menu: 'Compliance',
      page: 'Overview',
      title: 'Price compliance',
      subtitle: 'Last %{weeks} weeks; weeks start on Monday',
      cards: {
        open_total: 'Open violations',
        new_this_week: 'New this week',
        new_hint: 'Opened since Monday',
        resolved_this_week: 'Resolved this week',
        resolved_hint: 'Closed as resolved since Monday',
        rate: 'Compliance rate',
        rate_hint: 'Of %{smart_count} observation |||| Of %{smart_count} observations',
        rate_none: 'No market observations yet',
        observations: 'Observations',
        observations_hint: 'Market prices recorded',
        unauthorized: 'Unauthorised sellers',
        unauthorized_hint: 'Known unauthorised, with an open case',
        unreviewed: 'Unreviewed sellers',
        unreviewed_hint: 'Seen selling, not reviewed yet',
        none_open: 'Nothing open: every price is within policy.',
      },
      trend: {
        title: 'Compliance rate by channel, weekly',
        subtitle: 'Share of observed prices within policy; a gap is a week without observations there',
        empty: 'No market observations in these weeks.',
        week_of: 'Week of %{day}',
        observations: '%{smart_count} observation |||| %{smart_count} observations',
      },
      kinds: { title: 'Open violations by kind', open: 'Open' },
      top_skus: { title: 'Top 10 SKUs by open violations', empty: 'No SKU has an open violation.' },
      top_sellers: { title: 'Top 10 sellers by open violations', empty: 'No seller has an open violation.' },
      channels: {
        title: 'Compliance by channel',
        channel: 'Channel',
        operated_by: 'Operated by',
        observations: 'Observations',
        rate: 'Rate',
        empty: 'No channels yet.',
      },
      operated_by: { company: 'Company', partner: 'Partner' },
      click_hint: 'Click a figure, a bar or a row to open its violations.',
      reevaluate: {
        button: 'Re-evaluate',
        title: 'Re-evaluate every price?',
        content: 'Checks every price in force and the latest observation of each SKU, channel and seller against today\'s rules. Violations open or resolve accordingly. This may take a moment.',
        done: 'Evaluated %{evaluated} prices: %{opened} violations opened, %{resolved} resolved (%{seconds} s).',
      },
      empty: 'Nothing to show yet: record market prices or set price policies, and compliance appears here.',
      load_error: 'The compliance summary could not be loaded: %{message}',
    },
    dashboard: {
      violations: {
        title: 'Open violations',
        open_page: 'Open compliance',
        none: 'No open violations: prices are within policy.',
        total: '%{smart_count} open |||| %{smart_count} open',
      },
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const zh: Widen<typeof en> = {
  rx: {
    compliance: {
      menu: '价格合规',
      page: '合规概览',
      title: '价格合规',
      subtitle: '最近 %{weeks} 周；每周从周一开始',
      cards: {
        open_total: '待处理违规',
        new_this_week: '本周新增',
        new_hint: '自本周一起发现',
        resolved_this_week: '本周已解决',
        resolved_hint: '自本周一起已解决关闭',
        rate: '合规率',
        rate_hint: '共 %{smart_count} 条巡价记录 |||| 共 %{smart_count} 条巡价记录',
        rate_none: '还没有巡价记录',
        observations: '巡价记录',
        observations_hint: '已记录的市场价格',
        unauthorized: '未授权店铺',
        unauthorized_hint: '已确认未授权且有待处理案件',
        unreviewed: '待审核店铺',
        unreviewed_hint: '发现在售，尚未审核',
        none_open: '没有待处理违规：所有价格均符合政策。',
      },
      trend: {
        title: '各渠道每周合规率',
        subtitle: '巡价中符合价格政策的比例；断开处表示该周该渠道没有巡价记录',
        empty: '这几周没有巡价记录。',
        week_of: '%{day} 当周',
        observations: '%{smart_count} 条巡价记录 |||| %{smart_count} 条巡价记录',
      },
      kinds: { title: '按类型统计待处理违规', open: '待处理' },
      top_skus: { title: '待处理违规最多的 10 个 SKU', empty: '没有 SKU 存在待处理违规。' },
      top_sellers: { title: '待处理违规最多的 10 家店铺', empty: '没有店铺存在待处理违规。' },
      channels: {
        title: '各渠道合规情况',
        channel: '渠道',
        operated_by: '经营方',
        observations: '巡价记录',
        rate: '合规率',
        empty: '还没有渠道。',
      },
      operated_by: { company: '自营', partner: '合作方' },
      click_hint: '点击数字、柱条或行，查看对应的违规。',
      reevaluate: {
        button: '重新评估',
        title: '重新评估所有价格？',
        content: '按当前规则检查所有执行中的价格，以及每个 SKU、渠道和店铺的最新巡价记录，并相应地新建或关闭违规。可能需要一点时间。',
        done: '已评估 %{evaluated} 个价格：新增违规 %{opened} 条，解决 %{resolved} 条（用时 %{seconds} 秒）。',
      },
      empty: '暂无数据：记录市场价格或设置价格政策后，这里会显示合规情况。',
      load_error: '无法加载合规概览：%{message}',
    },
    dashboard: {
      violations: {
        title: '待处理违规',
        open_page: '打开价格合规',
        none: '没有待处理违规：价格均符合政策。',
        total: '%{smart_count} 条待处理 |||| %{smart_count} 条待处理',
      },
    },
  },
};

export const complianceMessages = { en, zh };
