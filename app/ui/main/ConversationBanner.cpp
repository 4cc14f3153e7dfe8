#include "main/ConversationBanner.h"

#include "common/Retranslator.h"
#include "common/Widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ConversationBanner::ConversationBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setStyleSheet(QStringLiteral("#errorBanner { background: palette(alternate-base); border-left: 4px solid #d97706; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText); // a provider's words are shown, never interpreted
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    connect(m_close, &QToolButton::clicked, this, &ConversationBanner::dismissed);
    auto *column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addLayout(m_buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(column, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    Retranslator::watch(this, [this] { retranslate(); });
    retranslate();
    hide();
}

QString ConversationBanner::label(BannerNotice::Action action)
{
    switch (action) {
    case BannerNotice::Action::Retry: return tr("Try again");
    case BannerNotice::Action::Continue: return tr("Continue the reply");
    case BannerNotice::Action::Shorten: return tr("Shorten and send again");
    case BannerNotice::Action::ChooseModel: return tr("Choose another model");
    case BannerNotice::Action::SetKey: return tr("Set the API key…");
    case BannerNotice::Action::Undo: return tr("Undo");
    case BannerNotice::Action::Budget: return tr("Budget settings…");
    case BannerNotice::Action::SaveAgain: return tr("Save again");
    }
    return {};
}

void ConversationBanner::showNotice(const BannerNotice &notice)
{
    m_notice = notice;
    m_text->setText(notice.text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const BannerNotice::Action action : notice.actions) {
        auto *button = new QPushButton(label(action), this);
        button->setObjectName(QStringLiteral("bannerAction%1").arg(int(action)));
        button->setAccessibleName(label(action));
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionTriggered(action); });
        m_buttons->addWidget(button);
        button->setVisible(true); // at once, not when the layout gets to it

    }
    m_buttons->addStretch(1);
    setVisible(!notice.isEmpty());
}

QString ConversationBanner::text() const
{
    return m_notice.text;
}

void ConversationBanner::retranslate()
{
    setAccessibleName(tr("Problem"));
    Widgets::describe(m_close, tr("Dismiss"), tr("Dismiss")); // the name too, not only the tooltip
    showNotice(m_notice); // the buttons' labels in the new language
}
