#pragma once

#include "main/BannerNotice.h"
#include "transcript/MessageAction.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class AppContext;
class AutoTitler;
class ChatHeader;
class Composer;
class ComposerEstimate;
class ConversationChoices;
class ConversationSession;
class FindBar;
class NoticeBoard;
class QStackedWidget;
class QTimer;
class TranscriptView;
class WelcomePanel;
struct Message;
struct SendOutcome;

// The right side of the window, for the open conversation: its header (title, instructions,
// profile, model, temperature), its banner, its transcript (or the welcome panel on a first
// start), the find bar and the composer. It sends through core's chat workflow, a
// ConversationSession per conversation, so replies keep streaming into conversations that are not
// shown; each conversation keeps its own notice, draft and choices.
class ChatPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPane(AppContext &context, QWidget *parent = nullptr);

    // Once the database is open: conversations can be shown and titled.
    void storeOpened();
    // Shows the conversation (0: none) as it stands in the store, a background reply as it stands now.
    void showConversation(qint64 conversationId);
    qint64 current() const { return m_current; }
    // The conversation shown is being deleted: nothing of it stays on screen.
    void clearConversation();
    bool isStreaming(qint64 conversationId) const;
    // Stops the conversation's reply and forgets its session and notice (it was deleted).
    void forget(qint64 conversationId);
    void stop(qint64 conversationId);

    QString draft() const;
    void setDraft(const QString &text);
    void cancelEdit();
    void focusComposer();

    void regenerate(qint64 messageId);
    void editSystemPrompt();
    void hideMessage(qint64 messageId);
    // Opens the find bar on `text`, from the given message (a sidebar search hit).
    void findFrom(qint64 messageId, const QString &text);
    // Esc: stops this conversation's reply, else cancels an edit, else closes the find bar.
    void escape();
    // After Settings: profiles, prices and defaults may all have changed.
    void reloadChoices();

    NoticeBoard &notices() { return *m_notices; }
    ConversationChoices &choices() { return *m_choices; }
    TranscriptView *transcript() const { return m_transcript; }
    FindBar *findBar() const { return m_findBar; }

Q_SIGNALS:
    // A send with no conversation open: the window creates one and shows it.
    void conversationNeeded();
    // The list's order, titles or costs changed.
    void conversationsChanged();
    void streamingChanged(qint64 conversationId, bool streaming);
    // The open conversation's figures changed (a reply finished, a title cost).
    void statsChanged();
    void deleteMessageRequested(qint64 messageId);
    void undoRequested();
    void settingsRequested(int page);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void build();
    void connectParts();
    ConversationSession *sessionFor(qint64 conversationId);
    void send(const QString &text);
    void submitEdit(qint64 messageId, const QString &text);
    void afterSend(qint64 conversationId, const SendOutcome &outcome);
    // Asks the last question again, from the banner or the message's own button.
    void retry(ConversationSession *session, qint64 conversationId);
    void onReplyFinished(qint64 conversationId, const Message &message);
    void onKeyStateChanged();
    void onBannerAction(qint64 conversationId, BannerNotice::Action action);
    void onMessageAction(qint64 messageId, MessageAction action);
    void showVersion(qint64 messageId, int step);
    // Shows a message the session just stored in the conversation on screen.
    void showStored(const Message &message);
    void onLinkActivated(const QUrl &url);
    void recountHistory();
    void updateComposerState();
    bool showsWelcome() const;
    MessageActions actionsFor(const Message &message, int row) const;

    static constexpr int kSlowKeyLookupMs = 400;

    AppContext &m_context;
    qint64 m_current = 0;
    QHash<qint64, ConversationSession *> m_sessions;
    QSet<qint64> m_trustedLinks; // conversations whose links open without asking

    ConversationChoices *m_choices = nullptr;
    NoticeBoard *m_notices = nullptr;
    ComposerEstimate *m_estimate = nullptr;
    QTimer *m_slowKeyLookup = nullptr; // running while a key lookup is young
    AutoTitler *m_titler = nullptr;
    ChatHeader *m_header = nullptr;
    QStackedWidget *m_middle = nullptr;
    WelcomePanel *m_welcome = nullptr;
    TranscriptView *m_transcript = nullptr;
    FindBar *m_findBar = nullptr;
    Composer *m_composer = nullptr;
};
