#pragma once

#include "chat/ConversationSession.h"
#include "domain/SessionStats.h"
#include "pricing/Budget.h"
#include "settings/ProviderProfile.h"
#include "transcript/MessageAction.h"

#include <QHash>
#include <QSet>
#include <QMainWindow>

class AppContext;
class ChatHeader;
class Composer;
class ConversationListModel;
class ConversationSession;
class ConversationSidebar;
class FindBar;
class QLabel;
class TranslationLoader;
class QTimer;
class QSplitter;
class StatsBar;
class TranscriptView;
struct Message;

// The top-level window: the conversation sidebar on the left; the transcript, the composer and
// the stats bar on the right; and the menu bar. It turns what the user does into calls on the
// conversation sessions (one per conversation, so several can stream at once) and shows what
// they report. All data and services come from the AppContext it is given.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showAbout();
    void showSettings();
    void applyNetworkSettings();
    void reloadProfiles();
    void newConversation();
    void selectConversation(qint64 conversationId);
    qint64 currentConversation() const { return m_current; }
    void togglePinned();
    void regenerate(qint64 messageId);
    void editMessage(qint64 messageId);
    void deleteMessage(qint64 messageId);
    // Deletes after kUndoDeleteMs unless undone from the banner; nothing is lost by a slip.
    void deleteConversation();
    void undoDelete();
    void exportConversation();

    static constexpr int kUndoDeleteMs = 6000;

    // The loader main() installed translations with, so a language chosen in Settings applies at once.
    void setTranslationLoader(TranslationLoader *loader) { m_translations = loader; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void applyLanguage();
    void applyTranscriptFont();
    // Auto-title: after the first reply, ask the title model for a name (when turned on).
    void maybeNameConversation(qint64 conversationId, const Message &reply);
    void restoreLayout();
    void saveLayout() const;
    void openStore();
    void resolveKey();
    void send(const QString &text);
    void stop();
    ConversationSession *sessionFor(qint64 conversationId);
    void onReplyFinished(qint64 conversationId, const Message &message);
    void showBanner(const QString &text);
    // The budget limit already reached, if any, before sending more.
    std::optional<BudgetStatus> budgetReached() const;
    void refreshConversationStats();
    void updateComposerState();
    void updateEstimate();
    // The profile, model and temperature this conversation uses (its overrides, else defaults).
    void applyConversationChoices();
    void saveConversationChoices();
    ConversationSession::Settings sendSettings() const;
    QString actionsFor(const Message &message) const;
    void onBannerLink(const QString &link);
    void onMessageAction(qint64 messageId, MessageAction action);
    void onLinkActivated(const QUrl &url, qint64 messageId);
    void openSearchHit(qint64 conversationId, qint64 messageId);
    QList<ProviderProfile> m_profiles;
    ProviderProfile m_defaultProfile;
    QString m_modelId;
    double m_temperature = 0.7;
    void recountHistory();

    AppContext &m_context;
    ProviderProfile m_profile;
    QString m_apiKey;
    QString m_keyProblem;
    qint64 m_current = 0;
    QHash<qint64, ConversationSession *> m_sessions;
    QHash<qint64, QString> m_lastPrompt; // per conversation, to give it back if the send fails
    SessionStats m_conversationStats;
    qint64 m_historyTokens = 0; // estimated tokens of the current conversation, counted once
    QTimer *m_estimateDelay = nullptr;
    qint64 m_pendingDelete = 0;
    QTimer *m_deleteTimer = nullptr;
    void commitDelete();

    QSplitter *m_splitter = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    ConversationListModel *m_model = nullptr;
    QLabel *m_banner = nullptr;
    ChatHeader *m_header = nullptr;
    TranscriptView *m_transcript = nullptr;
    FindBar *m_findBar = nullptr;
    QSet<qint64> m_trustedLinks; // conversations whose links open without asking
    Composer *m_composer = nullptr;
    StatsBar *m_statsBar = nullptr;
    TranslationLoader *m_translations = nullptr;
    QSet<qint64> m_titling; // conversations whose title is being asked for
};
