/** Texts of the account screens (change my password, login company choice); merged into en.ts and zh.ts. */
const en = {
  rx: {
    account: {
      change_password: 'Change password',
      intro: 'Choose a new password for %{email}. Your other signed-in browsers and devices will be signed out.',
      current_password: 'Current password',
      new_password: 'New password',
      confirm_password: 'Repeat the new password',
      confirm_mismatch: 'The two new passwords differ',
      rules: 'At least 10 characters and hard to guess: several unrelated words work well. Not your email; at most 72 bytes (24 Chinese characters).',
      submit: 'Change password',
      saved: 'Password changed. Your other sessions were signed out.',
      strength: {
        label: 'Strength: %{level}',
        loading: 'Checking strength…',
        levels: { 0: 'very weak', 1: 'weak', 2: 'fair', 3: 'strong', 4: 'very strong' },
      },
    },
    login: {
      organization: 'Company',
      choose_organization: 'This email and password open accounts in several companies. Choose the company to sign in to.',
    },
  },
};

const zh: typeof en = {
  rx: {
    account: {
      change_password: '修改密码',
      intro: '为 %{email} 设置新密码。您在其他浏览器和设备上的登录将被退出。',
      current_password: '当前密码',
      new_password: '新密码',
      confirm_password: '再次输入新密码',
      confirm_mismatch: '两次输入的新密码不一致',
      rules: '至少 10 个字符且不易被猜到：几个不相关的词组合效果很好。不能包含邮箱；最多 72 字节（24 个汉字）。',
      submit: '修改密码',
      saved: '密码已修改。您在其他设备上的登录已退出。',
      strength: {
        label: '强度：%{level}',
        loading: '正在评估强度…',
        levels: { 0: '非常弱', 1: '弱', 2: '一般', 3: '强', 4: '非常强' },
      },
    },
    login: {
      organization: '公司',
      choose_organization: '此邮箱和密码对应多家公司的账号。请选择要登录的公司。',
    },
  },
};

export const accountMessages = { en, zh };
