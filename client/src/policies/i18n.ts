/**
 * Texts of the price policy panel, the policy queue on the approvals screen, corrections in the price
 * history and self-approval, deep-merged into the app's catalogues (same keys in both languages).
 */
const en = {
  rx: {
    policies: {
      title: 'Price policy',
      control_price: 'Control price',
      promo_floor_price: 'Promotion floor',
      none: 'No price policy yet: every price request for this SKU waits for a manager.',
      sales_hint: 'Lowering either value waits for a manager\'s approval',
      saved: 'Price policy saved',
      held: 'Saved as a pending change: the current values hold until a manager approves the lowering.',
      pending: 'Waiting for approval: control price %{control}, promotion floor %{floor}',
      pending_by: 'Requested by %{who} on %{at}',
      own_change: 'Your own change: another approver must decide',
      approved: 'Policy change approved',
      rejected: 'Policy change rejected',
      self_approve_title: 'Approve your own policy change',
      reject_title: 'Reject the policy change',
      reject_intro: 'The current values stay in force. Tell the requester why.',
      history_title: 'History',
      history_empty: 'No changes recorded yet.',
      history: {
        at: 'When',
        by: 'Who',
        action: 'What',
        before: 'Before (control / floor)',
        after: 'After (control / floor)',
        note: 'Note',
        proposed: 'Proposed: %{values}',
        self_approved: 'Decided on their own change',
        actions: {
          create: 'Created',
          updated: 'Changed',
          held: 'Lowering held for approval',
          approved: 'Lowering approved',
          rejected: 'Lowering rejected',
          delete: 'Deleted',
        },
      },
      queue_title: '%{smart_count} price policy change waits for approval |||| %{smart_count} price policy changes wait for approval',
      queue: {
        sku: 'SKU',
        current: 'In force (control / floor)',
        proposed: 'Proposed (control / floor)',
        requested_by: 'Requested by, at',
      },
    },
    pricing: {
      history: {
        correction: 'Correction',
        correction_of: 'Correction of #%{id}',
        correct: 'Correct…',
      },
      correction: {
        title: 'Request a correction of a past price',
        intro: 'A correction records the price really charged over a past period. It is kept beside the original, which is never overwritten, and a manager other than you decides on it.',
        original: 'Corrects price #%{id}',
        reason: 'Why (required): what was really charged, and the evidence',
        submit: 'Request correction',
        sent: 'Correction requested: it waits for a manager',
      },
    },
    approvals: {
      no_other_approver:
        'You are the only approver in this company, so nobody can decide your own requests. An admin can turn off "Require a second approver" in the company settings.',
      no_other_approver_self:
        'You are the only approver in this company. You may decide your own requests with a note; the audit log flags them.',
      self_note_title: 'Approve your own request',
      self_note_intro: 'Your company allows approving your own requests. Say why; the audit log records the note and flags the decision.',
      self_note_label: 'Note (required)',
      starts_on_approval: 'Start passed: starts when approved',
    },
  },
  resources: {
    'channel-prices': {
      choices: {
        approval_reason: { correction: 'Correction of a past price' },
      },
    },
  },
};

const zh: typeof en = {
  rx: {
    policies: {
      title: '价格政策',
      control_price: '控价',
      promo_floor_price: '促销底价',
      none: '尚未设置价格政策：该 SKU 的所有调价申请都需经理审批。',
      sales_hint: '降低任一数值都需经理审批',
      saved: '价格政策已保存',
      held: '已保存为待审批修改：经理批准降低之前，现行数值继续有效。',
      pending: '待审批：控价 %{control}，促销底价 %{floor}',
      pending_by: '%{who} 于 %{at} 提交',
      own_change: '您本人的修改：需由其他审批人处理',
      approved: '价格政策修改已批准',
      rejected: '价格政策修改已驳回',
      self_approve_title: '批准本人的价格政策修改',
      reject_title: '驳回价格政策修改',
      reject_intro: '现行数值继续有效。请向申请人说明原因。',
      history_title: '修改记录',
      history_empty: '暂无修改记录。',
      history: {
        at: '时间',
        by: '操作人',
        action: '操作',
        before: '修改前（控价 / 底价）',
        after: '修改后（控价 / 底价）',
        note: '备注',
        proposed: '申请：%{values}',
        self_approved: '审批了本人的修改',
        actions: {
          create: '创建',
          updated: '修改',
          held: '降低待审批',
          approved: '降低已批准',
          rejected: '降低已驳回',
          delete: '删除',
        },
      },
      queue_title: '%{smart_count} 项价格政策修改待审批',
      queue: {
        sku: 'SKU',
        current: '现行（控价 / 底价）',
        proposed: '申请（控价 / 底价）',
        requested_by: '申请人 / 时间',
      },
    },
    pricing: {
      history: {
        correction: '更正',
        correction_of: '更正 #%{id}',
        correct: '更正…',
      },
      correction: {
        title: '申请更正过去的价格',
        intro: '更正记录过去某时段实际执行的价格。它与原价格并存，原价格不会被改写，并由您以外的经理审批。',
        original: '更正价格 #%{id}',
        reason: '原因（必填）：实际执行的价格及依据',
        submit: '提交更正',
        sent: '已提交更正申请，等待经理审批',
      },
    },
    approvals: {
      no_other_approver: '您是本公司唯一的审批人，您本人的申请无人能审批。管理员可在公司设置中关闭“需要第二审批人”。',
      no_other_approver_self: '您是本公司唯一的审批人。您可以填写备注后审批本人的申请，审计日志会标记这些决定。',
      self_note_title: '批准本人的申请',
      self_note_intro: '贵公司允许审批本人的申请。请说明原因；审计日志会记录备注并标记该决定。',
      self_note_label: '备注（必填）',
      starts_on_approval: '生效时间已过：批准时生效',
    },
  },
  resources: {
    'channel-prices': {
      choices: {
        approval_reason: { correction: '更正过去的价格' },
      },
    },
  },
};

export const policyMessages = { en, zh };
