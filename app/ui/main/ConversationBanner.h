#pragma once

#include "main/BannerNotice.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

// The strip above the transcript that tells what went wrong and offers what to do next. It shows
// one BannerNotice in plain text with a button per action, and a close button.
class ConversationBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ConversationBanner(QWidget *parent = nullptr);

    void showNotice(const BannerNotice &notice);
    QString text() const;
    // The label of an action's button, for the window and the tests.
    static QString label(BannerNotice::Action action);

Q_SIGNALS:
    void actionTriggered(BannerNotice::Action action);
    void dismissed();

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QToolButton *m_close = nullptr;
    BannerNotice m_notice;
};
