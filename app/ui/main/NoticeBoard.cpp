#include "main/NoticeBoard.h"

#include "api/ApiError.h"
#include "domain/Message.h"
#include "main/ConversationBanner.h"

NoticeBoard::NoticeBoard(ConversationBanner *banner, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
{
    connect(m_banner, &ConversationBanner::actionTriggered, this,
            [this](BannerNotice::Action action) { Q_EMIT actionTriggered(shownFor(), action); });
    connect(m_banner, &ConversationBanner::dismissed, this, [this] { clear(shownFor()); });
}

void NoticeBoard::set(qint64 conversationId, const BannerNotice &notice)
{
    if (notice.isEmpty())
        m_notices.remove(conversationId);
    else
        m_notices.insert(conversationId, notice);
    showCurrent();
}

void NoticeBoard::clearWindowNotice(BannerNotice::Action offering)
{
    if (m_notices.value(0).actions.contains(offering))
        clear(0);
}

void NoticeBoard::setCurrent(qint64 conversationId)
{
    m_current = conversationId;
    showCurrent();
}

void NoticeBoard::showCurrent()
{
    m_banner->showNotice(m_notices.value(shownFor()));
}

BannerNotice NoticeBoard::forFailure(const Message &failed)
{
    BannerNotice notice{failed.errorMessage, {}};
    using Action = BannerNotice::Action;
    using Kind = ApiError::Kind;
    const Kind kind = ApiError::kindFromName(failed.errorKind).value_or(Kind::None);
    if (failed.state == Message::State::Incomplete)
        notice.actions = {Action::Continue, Action::Retry};
    else if (kind == Kind::Authentication || kind == Kind::MissingKey)
        notice.actions = {Action::SetKey, Action::Retry};
    else if (kind == Kind::ModelNotFound)
        notice.actions = {Action::ChooseModel};
    else if (kind == Kind::ContextTooLong)
        notice.actions = {Action::Shorten};
    else if (kind == Kind::PaymentRequired)
        notice.text += u'\n' + tr("Check your balance on the provider's billing page.");
    else
        notice.actions = {Action::Retry};
    return notice;
}
