import { useTranslation } from 'react-i18next';

import { useAuth } from '@/lib/auth/auth-context';
import { useMe } from '@/lib/auth/me';

/** Who is signed in and for which organisations, as the API sees them, plus logout. */
export function UserSummary() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();

  return (
    <div className="user-summary">
      {me.data ? (
        <div className="user-summary__identity">
          <span className="visually-hidden">{t('user.label')}: </span>
          <span className="user-summary__name">{me.data.displayName}</span>
          <span className="user-summary__organizations">
            {me.data.memberships.length > 0
              ? me.data.memberships
                  .map((membership) =>
                    t('user.membership', {
                      organization: membership.organization.name,
                      role: t(`user.role.${membership.role}`),
                    }),
                  )
                  .join(', ')
              : t('user.noOrganization')}
            {me.data.platformAdmin ? ` · ${t('user.platformAdmin')}` : ''}
          </span>
        </div>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          auth.logout();
        }}
      >
        {t('logout')}
      </button>
    </div>
  );
}
