/** Texts of the group-buy groups list; zh has every key of en. */
export const promotionGroupMessages = {
  en: {
    resources: {
      'promotion-groups': {
        name: 'Buy group |||| Buy groups',
        empty: 'No buy groups yet: they open when buyers start a group buy in a shop.',
        fields: {
          id: 'Group', promotion_id: 'Promotion', sku_id: 'SKU', channel_id: 'Channel', leader_ref: 'Leader (buyer id)',
          members: 'Members', size: 'Size', status: 'Status', opened_at: 'Opened', expires_at: 'Expires', closed_at: 'Closed',
        },
        choices: { status: { open: 'Open', succeeded: 'Succeeded', failed: 'Failed' } },
        members_of: '%{members} of %{size}',
      },
    },
  },
  zh: {
    resources: {
      'promotion-groups': {
        name: '拼团',
        empty: '还没有团：买家在店铺发起拼团后会出现在这里。',
        fields: {
          id: '团号', promotion_id: '促销活动', sku_id: 'SKU', channel_id: '渠道', leader_ref: '团长（买家编号）',
          members: '人数', size: '成团人数', status: '状态', opened_at: '开团时间', expires_at: '截止时间', closed_at: '结束时间',
        },
        choices: { status: { open: '拼团中', succeeded: '已成团', failed: '未成团' } },
        members_of: '%{members} / %{size} 人',
      },
    },
  },
};
