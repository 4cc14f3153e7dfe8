#pragma once

#include "domain/ChatMessage.h"
#include "settings/ProviderProfile.h"

#include <QObject>

class AppContext;
class Composer;
class QTimer;

// The line under the composer: what the draft will cost to send and whether it fits the model's
// context window. The conversation's context is counted once when it changes; only the draft is
// counted again, once per pause in typing rather than per keystroke.
class ComposerEstimate final : public QObject
{
    Q_OBJECT

public:
    ComposerEstimate(AppContext &context, Composer *composer, QObject *parent = nullptr);

    // What a new question would be sent after (ConversationSession::contextForNewQuestion()), and
    // to which profile and model.
    void setContext(const QList<ChatMessage> &context, const ProviderProfile &profile, const QString &model);
    void update();

private:
    AppContext &m_context;
    Composer *m_composer;
    QTimer *m_delay;
    qint64 m_historyTokens = 0;
    ProviderProfile m_profile;
    QString m_model;
};
