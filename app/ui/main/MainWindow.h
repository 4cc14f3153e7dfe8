#pragma once

#include "domain/SessionStats.h"
#include "main/PendingDeletes.h"
#include "settings/AppSettings.h"

#include <QMainWindow>

class AppContext;
class ChatPane;
class ConversationListModel;
class ConversationSidebar;
class QSplitter;
class QTimer;
class StatsBar;
class TranslationLoader;

// The top-level window: the conversation sidebar on the left, the open conversation's ChatPane on
// the right, the stats bar and the menus. It keeps the list of conversations (new, select, pin,
// export, delete with undo, the draft kept on leaving) and opens the dialogs; what happens inside
// a conversation is the ChatPane's, on core's chat workflow.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kUndoDeleteMs = PendingDeletes::kUndoMs;

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The loader main() installed translations with, so a language chosen in Settings applies at once.
    void setTranslationLoader(TranslationLoader *loader) { m_translations = loader; }
    qint64 currentConversation() const;

    void showAbout();
    void showSettings(int page = -1);
    void showBenchmark();
    void showCompare();
    void applyTheme(AppSettings::Theme theme);
    void newConversation();
    void selectConversation(qint64 conversationId);
    void regenerate(qint64 messageId);
    void togglePinned();
    // Hidden at once, deleted after kUndoDeleteMs unless undone from the banner.
    void deleteMessage(qint64 messageId);
    void deleteConversation();
    void undoDelete();
    void exportConversation();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    // The language changed: the menus anew, and what the window formatted in the old language.
    void retranslate();
    void connectParts();
    void openStore();
    void restoreLayout();
    void saveLayout() const;
    void applySettings();
    void applyNetworkSettings();
    void applyTranscriptFont();
    void leaveConversation();
    void openSearchHit(qint64 conversationId, qint64 messageId);
    void showConversationMenu(qint64 conversationId, const QPoint &globalPos);
    void refreshConversationStats();
    void reloadList();
    void setWindowNotice(const QString &text);

    AppContext &m_context;
    SessionStats m_conversationStats;
    PendingDeletes *m_deletes = nullptr;
    QSplitter *m_splitter = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    ConversationListModel *m_model = nullptr;
    QTimer *m_listReload = nullptr;
    ChatPane *m_chat = nullptr;
    StatsBar *m_statsBar = nullptr;
    TranslationLoader *m_translations = nullptr;
};
