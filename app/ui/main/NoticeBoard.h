#pragma once

#include "main/BannerNotice.h"

#include <QHash>
#include <QObject>

class ConversationBanner;
struct Message;

// Each conversation's own notice, and the window's (key 0: the database, the key, a pending
// delete), shown on the banner for the conversation that is open. A button acts on the
// conversation whose notice it belongs to, never on whichever chat is open by the time.
class NoticeBoard final : public QObject
{
    Q_OBJECT

public:
    explicit NoticeBoard(ConversationBanner *banner, QObject *parent = nullptr);

    void set(qint64 conversationId, const BannerNotice &notice);
    void clear(qint64 conversationId) { set(conversationId, BannerNotice()); }
    // Forgets a deleted conversation's notice.
    void forget(qint64 conversationId) { m_notices.remove(conversationId); }
    BannerNotice notice(qint64 conversationId) const { return m_notices.value(conversationId); }
    bool has(qint64 conversationId) const { return m_notices.contains(conversationId); }
    bool offers(qint64 conversationId, BannerNotice::Action action) const
    {
        return m_notices.value(conversationId).actions.contains(action);
    }
    // Clears the window's notice if it offers this action (the key was found, the undo is over).
    void clearWindowNotice(BannerNotice::Action offering);
    // The open conversation: the banner shows its notice, else the window's.
    void setCurrent(qint64 conversationId);

    // What to say and offer after a reply failed or was cut off, by the kind of error.
    static BannerNotice forFailure(const Message &failed);

Q_SIGNALS:
    void actionTriggered(qint64 conversationId, BannerNotice::Action action);

private:
    qint64 shownFor() const { return m_current > 0 && m_notices.contains(m_current) ? m_current : 0; }
    void showCurrent();

    ConversationBanner *m_banner;
    QHash<qint64, BannerNotice> m_notices;
    qint64 m_current = 0;
};
