import { useTranslation } from 'react-i18next';

import { useMe, writableOrganizations } from '@/lib/auth/me';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DecisionsSection } from '../components/decisions-section';
import { FollowGroupSection } from '../components/follow-group-section';

/** Political anchoring: the council's decisions on the circular economy and the follow group. */
export function AnchoringRoute() {
  const { t } = useTranslation('anchoring');
  useDocumentTitle(t('heading'));
  const me = useMe();
  const writable = writableOrganizations(me.data);

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <DecisionsSection me={me.data} organizations={writable} />
      <FollowGroupSection me={me.data} organizations={writable} />
    </>
  );
}
