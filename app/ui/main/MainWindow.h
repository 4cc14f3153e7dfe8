#pragma once

#include "chat/ConversationSession.h"
#include "domain/SessionStats.h"
#include "main/BannerNotice.h"
#include "settings/AppSettings.h"
#include "settings/ProviderProfile.h"
#include "transcript/MessageAction.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

class AppContext;
class AutoTitler;
class ChatHeader;
class Composer;
class ConversationBanner;
class ConversationListModel;
class ConversationSidebar;
class ModelCatalog;
class FindBar;
class QSplitter;
class QTimer;
class StatsBar;
class TranscriptView;
class TranslationLoader;
struct Message;

// The top-level window: the conversation sidebar on the left; the header, banner, transcript,
// find bar and composer on the right; the stats bar and the menus. It wires widgets to the
// conversation sessions (core's chat workflow, one per conversation, so several stream at once)
// and keeps what belongs to each conversation apart: its draft, its banner, its streaming state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kUndoDeleteMs = 6000;

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The loader main() installed translations with, so a language chosen in Settings applies at once.
    void setTranslationLoader(TranslationLoader *loader) { m_translations = loader; }
    qint64 currentConversation() const { return m_current; }

    void showAbout();
    void showSettings(int page = -1);
    void showBenchmark();
    void showCompare();
    void applyTheme(AppSettings::Theme theme);
    void applyNetworkSettings();
    void reloadProfiles();
    void newConversation();
    void selectConversation(qint64 conversationId);
    void togglePinned();
    void regenerate(qint64 messageId);
    void editMessage(qint64 messageId);
    // Hidden at once, deleted after kUndoDeleteMs unless undone from the banner.
    void deleteMessage(qint64 messageId);
    void deleteConversation();
    void undoDelete();
    void exportConversation();
    // Esc, wherever the focus is: stops this conversation's reply, else cancels an edit or
    // closes the find bar.
    void escape();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildChatPane();
    void connectWidgets();
    void openStore();
    void resolveKey();
    void restoreLayout();
    void saveLayout() const;
    void applyLanguage();
    void applyTranscriptFont();

    ConversationSession *sessionFor(qint64 conversationId);
    ConversationSession::Settings sendSettings() const;
    void send(const QString &text);
    void submitEdit(qint64 messageId, const QString &text);
    void stop();
    // What a send, retry, edit or regenerate came to: the banner says why when it did not go.
    void afterSend(qint64 conversationId, const SendOutcome &outcome);
    void clearNotice(qint64 conversationId);
    void onReplyFinished(qint64 conversationId, const Message &message);
    void onBannerAction(BannerNotice::Action action);
    void onMessageAction(qint64 messageId, MessageAction action);
    void onLinkActivated(const QUrl &url, qint64 messageId);
    void openSearchHit(qint64 conversationId, qint64 messageId);
    void showConversationMenu(qint64 conversationId, const QPoint &globalPos);

    // Each conversation's own notice; 0 is the window's (the database, a pending delete).
    void setNotice(qint64 conversationId, const BannerNotice &notice);
    void showCurrentNotice();
    BannerNotice noticeFor(const Message &failed) const;
    QString keyHelp() const;

    void leaveConversation();
    void commitDelete();
    void commitMessageDelete();
    void applyConversationChoices();
    void saveConversationChoices();
    void refreshConversationStats();
    void recountHistory();
    void updateEstimate();
    void updateComposerState();
    void reloadList();
    MessageActions actionsFor(const Message &message, int row) const;

    AppContext &m_context;
    QList<ProviderProfile> m_profiles;
    ProviderProfile m_defaultProfile;
    ProviderProfile m_profile;
    QString m_modelId;
    double m_temperature = 0.7;
    QString m_apiKey;
    QString m_keyProblem;
    qint64 m_current = 0;
    QHash<qint64, ConversationSession *> m_sessions;
    QHash<qint64, BannerNotice> m_notices;
    SessionStats m_conversationStats;
    qint64 m_historyTokens = 0; // estimated tokens of the current conversation, counted once
    qint64 m_pendingDelete = 0;
    qint64 m_pendingMessageDelete = 0;
    QSet<qint64> m_trustedLinks; // conversations whose links open without asking

    AutoTitler *m_titler = nullptr;
    ModelCatalog *m_models = nullptr;
    QTimer *m_estimateDelay = nullptr;
    QTimer *m_deleteTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    ConversationListModel *m_model = nullptr;
    ConversationBanner *m_banner = nullptr;
    ChatHeader *m_header = nullptr;
    TranscriptView *m_transcript = nullptr;
    FindBar *m_findBar = nullptr;
    Composer *m_composer = nullptr;
    StatsBar *m_statsBar = nullptr;
    TranslationLoader *m_translations = nullptr;
};
