// Drives the real MainWindow offscreen against the local test server: type, press Enter, watch
// the reply stream in, stop it, fail it, restart the window.
#include "api/ProviderClient.h"
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "chat/ChatHeader.h"
#include "chat/Composer.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"
#include "common/ElidedLabel.h"
#include "common/ExternalLinks.h"
#include "common/TranslationLoader.h"
#include "common/FileDialogs.h"
#include "main/AboutDialog.h"
#include "main/ConversationBanner.h"
#include "main/ConversationListModel.h"
#include "main/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"
#include "store/ConversationStore.h"

#include "TestServer.h"
#include "WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QJsonArray>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using WindowTestSupport::typeAndSend;

class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheShapeOfTheApp();
    void everyControlHasAnAccessibleName();
    void menusHaveTheUsualEntries();
    void findShortcutFocusesTheSearchField();
    void aboutShowsTheVersion();
    void remembersGeometryAndSplitter();
    void withoutAKeySendingIsBlockedAndSaysWhy();
    void typeEnterAndTheReplyStreamsIn();
    void escapeStopsASlowReplyAndKeepsItsText();
    void unauthorizedShowsTheProblemAndGivesTheTextBack();
    void restartFindsTheConversationAsItWas();
    void switchingConversationsDoesNotStopAStream();
    void conversationListModelIsAValidModel();
    void aLanguageChosenInSettingsAppliesAtOnce();
    void budgetsWarnThenStopSending();
    void aRepeatedQuestionComesFromTheCacheForFree();
    void autoTitleNamesTheConversationAndCountsItsCost();
    void searchFindsMessagesAndOpensTheConversation();
    void composerEstimatesTheSendAndWarnsWhenItWillNotFit();
    void renamePinDeleteUndoAndExport();
    void themeCanBeChosenAndIsRemembered();
    void headerChoicesApplyToThisConversationOnly();
    void messageActionsCopyRegenerateEditDelete();
    void errorBannersOfferTheRightAction();
    void olderTurnsAreLeftOutToFitTheWindow();
    void aSearchHitInAnOldMessageOpensTheConversationThere();
    void linksAskBeforeOpeningAndForgedActionsDoNothing();

private:
    std::unique_ptr<AppContext> makeContext(bool withKey = true);
    // A conversation with one question in it; its id, or 0 if it could not be stored.
    static qint64 storeConversation(AppContext &context, const QString &title, const QString &question);
    static QString transcriptText(MainWindow &window);
    static QString allText(TranscriptView &view);
    static void click(TranscriptView &view, const QRect &rect);
    static ConversationBanner *bannerOf(MainWindow &window);
    static QPushButton *bannerButton(MainWindow &window, BannerNotice::Action action);

    // The window also asks for the model list (GET /models): these count chat requests only.
    int chatRequestCount() const;
    RecordedRequest lastChatRequest() const;

    QTemporaryDir *m_dir = nullptr;
    TestServer *m_server = nullptr;
};

int TstMainWindow::chatRequestCount() const
{
    int count = 0;
    for (const RecordedRequest &request : m_server->requests())
        count += request.path().endsWith("/chat/completions") ? 1 : 0;
    return count;
}

RecordedRequest TstMainWindow::lastChatRequest() const
{
    const QList<RecordedRequest> all = m_server->requests();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->path().endsWith("/chat/completions"))
            return *it;
    }
    return {};
}

ConversationBanner *TstMainWindow::bannerOf(MainWindow &window)
{
    return window.findChild<ConversationBanner *>(QStringLiteral("errorBanner"));
}

QPushButton *TstMainWindow::bannerButton(MainWindow &window, BannerNotice::Action action)
{
    QPushButton *button = bannerOf(window)->findChild<QPushButton *>(QStringLiteral("bannerAction%1").arg(int(action)));
    return button && button->isVisible() ? button : nullptr;
}

void TstMainWindow::initTestCase()
{
    AppInfo::registerApplication();
    // Figures below are checked as an American English user sees them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstMainWindow::init()
{
    m_dir = new QTemporaryDir;
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
}

void TstMainWindow::cleanup()
{
    delete m_server;
    delete m_dir;
}

std::unique_ptr<AppContext> TstMainWindow::makeContext(bool withKey)
{
    return WindowTestSupport::makeContext(*m_dir, m_server->baseUrl(), withKey ? QStringLiteral("sk-window-test") : QString());
}

qint64 TstMainWindow::storeConversation(AppContext &context, const QString &title, const QString &question)
{
    Conversation conversation;
    conversation.title = title;
    conversation = *context.store().createConversation(conversation);
    Message message;
    message.conversationId = conversation.id;
    message.content = question;
    return context.store().appendMessage(message) ? conversation.id : 0;
}

QString TstMainWindow::transcriptText(MainWindow &window)
{
    return allText(*window.findChild<TranscriptView *>(QStringLiteral("transcriptView")));
}

QString TstMainWindow::allText(TranscriptView &view)
{
    QStringList rows;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        rows << view.messageText(row);
    return rows.join(u'\n');
}

void TstMainWindow::click(TranscriptView &view, const QRect &rect)
{
    QVERIFY(rect.isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
}

void TstMainWindow::showsTheShapeOfTheApp()
{
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Tally"));
    for (const char *name : {"conversationSidebar", "searchField", "newChatButton", "conversationList",
                             "transcriptView", "composer", "composerEditor", "sendButton", "statsBar"}) {
        auto *widget = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(widget->isVisible(), name);
    }
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QVERIFY(window.findChild<ElidedLabel *>(QStringLiteral("sessionStatsLabel"))->fullText().contains(QStringLiteral("no requests")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyConversationsLabel"))->isVisible());
}

void TstMainWindow::everyControlHasAnAccessibleName()
{
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextBrowser *>(widget)
            || qobject_cast<QListView *>(widget) || qobject_cast<QAbstractButton *>(widget);
        if (!interactive || widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TstMainWindow::menusHaveTheUsualEntries()
{
    auto context = makeContext();
    MainWindow window(*context);
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus)
        titles << menu->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                  QStringLiteral("&Tools"), QStringLiteral("&Help")}));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionQuit"))->shortcut(), QKeySequence(QKeySequence::Quit));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionFind"))->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionNewChat"))->shortcut(), QKeySequence(QKeySequence::New));
    QAction *settings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->trigger();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QWidget *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
}

void TstMainWindow::findShortcutFocusesTheSearchField()
{
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("searchField"))->hasFocus());
}

void TstMainWindow::aboutShowsTheVersion()
{
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = window.findChild<AboutDialog *>()) && about->isVisible());
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text().contains(AppInfo::version()));
    about->reject();
    QTRY_VERIFY(!about->isVisible());
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
}

void TstMainWindow::remembersGeometryAndSplitter()
{
    QList<int> savedSizes;
    {
        auto context = makeContext();
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 600);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 600});
        savedSizes = splitter->sizes();
        window.close();
    }
    auto context = makeContext();
    MainWindow reopened(*context);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(reopened.size(), QSize(900, 600));
    QCOMPARE(reopened.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), savedSizes);
}

void TstMainWindow::withoutAKeySendingIsBlockedAndSaysWhy()
{
    auto context = makeContext(false);
    // Not a first start: a conversation with messages is open, so the composer says why (a
    // first start shows the welcome panel instead; tst_chatworkflow covers it).
    QVERIFY(context->openDatabase().ok());
    QVERIFY(storeConversation(*context, QStringLiteral("Earlier"), QStringLiteral("An earlier question")) > 0);
    MainWindow window(*context);
    window.show();
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePanel"))->isHidden());
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("composerStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("tally-cli key set test")));
    QVERIFY(!send->isEnabled());
    typeAndSend(window, QStringLiteral("hello?"));
    QCOMPARE(chatRequestCount(), 0);
    QCOMPARE(window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"))->toPlainText(), QStringLiteral("hello?"));
}

void TstMainWindow::typeEnterAndTheReplyStreamsIn()
{
    QList<QByteArray> events;
    for (const QString &piece : {QStringLiteral("# Hello\n\n"), QStringLiteral("Here is **bold** and a table:\n\n"),
                                 QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n"),
                                 QStringLiteral("```cpp\nint x = 42;\n```\n")})
        events << ScriptedResponse::sseData(ScriptedResponse::contentChunk(piece, QStringLiteral("stepfun-v3")));
    events << ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3")))
           << ScriptedResponse::sseData(ScriptedResponse::usageChunk(1200, 800, QStringLiteral("stepfun-v3")))
           << ScriptedResponse::sseDone();
    m_server->enqueueChat(ScriptedResponse::eventStream(events, 60));

    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Say hello in markdown"));

    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("Say hello in markdown")));
    QCOMPARE(window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"))->toPlainText(), QString());
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->text() == QStringLiteral("Stop"));
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(window).contains(QStringLiteral("int x = 42;")), 10000);
    // Rendered as Markdown: the heading's hashes and the table's pipes are gone.
    const QString text = transcriptText(window);
    QVERIFY(text.contains(QStringLiteral("Hello")));
    QVERIFY(!text.contains(QStringLiteral("# Hello")));
    QVERIFY(!text.contains(QStringLiteral("|---|")));
    // The footer and the stats bar carry the reported usage and the cost at $0.38 per million.
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("1,200 → 800 tokens")));
    QVERIFY2(transcriptText(window).contains(QStringLiteral("$0.000760 (estimated)")), qPrintable(transcriptText(window)));
    QVERIFY(transcriptText(window).contains(QStringLiteral("TTFT")));
    auto *chatStats = window.findChild<ElidedLabel *>(QStringLiteral("conversationStatsLabel"));
    QVERIFY2(chatStats->fullText().contains(QStringLiteral("1 request")), qPrintable(chatStats->fullText()));
    QVERIFY(chatStats->fullText().contains(QStringLiteral("1,200 → 800 tokens")));
    QVERIFY(chatStats->fullText().contains(QStringLiteral("$0.000760")));
    QVERIFY(window.findChild<ElidedLabel *>(QStringLiteral("sessionStatsLabel"))->fullText().contains(QStringLiteral("$0.000760")));
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->text(), QStringLiteral("Send"));
    // The conversation is listed, named after the question.
    auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("Say hello in markdown"));
    // The list shows what the conversation cost so far under its title.
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("$0.000760")));
    QCOMPARE(m_server->requests().first().header("Authorization"), QByteArray("Bearer sk-window-test"));
}

void TstMainWindow::escapeStopsASlowReplyAndKeepsItsText()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("First words "), QStringLiteral("then more"),
                                                        QStringLiteral(" and more")}, -1, -1, 1500));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Talk slowly"));
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(window).contains(QStringLiteral("First words")), 10000);
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("stopped")));
    QVERIFY(transcriptText(window).contains(QStringLiteral("First words")));
    QVERIFY(!transcriptText(window).contains(QStringLiteral("then more")));
    const QList<Message> stored = context->store().messages(window.currentConversation());
    QCOMPARE(stored.last().state, Message::State::Cancelled);
    QCOMPARE(stored.last().content, QStringLiteral("First words "));
}

void TstMainWindow::unauthorizedShowsTheProblemAndGivesTheTextBack()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                                        QStringLiteral("invalid_request_error"),
                                                        QStringLiteral("invalid_api_key")));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Will this work?"));
    auto *banner = bannerOf(window);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("rejected the API key")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Incorrect API key provided")));
    // The question stays in the transcript (once), not in the composer too: Retry asks it again.
    QCOMPARE(window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"))->toPlainText(), QString());
    QCOMPARE(transcriptText(window).count(QStringLiteral("Will this work?")), 1);
    QVERIFY(transcriptText(window).contains(QStringLiteral("⚠ failed")));
    QVERIFY(bannerButton(window, BannerNotice::Action::SetKey));
    QVERIFY(bannerButton(window, BannerNotice::Action::Retry));
}

void TstMainWindow::restartFindsTheConversationAsItWas()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Persisted answer")}, 5, 2));
    QString before;
    {
        auto context = makeContext();
        MainWindow window(*context);
        window.show();
        QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        typeAndSend(window, QStringLiteral("Remember this"));
        QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("5 → 2 tokens")));
        before = transcriptText(window);
        window.close();
    }
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(transcriptText(window), before);
    QCOMPARE(window.findChild<QListView *>(QStringLiteral("conversationList"))->model()->rowCount(), 1);
}

void TstMainWindow::switchingConversationsDoesNotStopAStream()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("one "), QStringLiteral("two "), QStringLiteral("three")},
                                                       -1, -1, 300));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("other reply")}));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("First conversation"));
    const qint64 first = window.currentConversation();
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("one")));
    window.newConversation();
    QVERIFY(window.currentConversation() != first);
    typeAndSend(window, QStringLiteral("Second conversation"));
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("other reply")));
    // Back to the first: it finished while we were away.
    QTRY_VERIFY_WITH_TIMEOUT(context->store().messages(first).last().state == Message::State::Complete, 10000);
    window.selectConversation(first);
    QVERIFY(transcriptText(window).contains(QStringLiteral("one two three")));
}

static ScriptedResponse pricedReply(const QString &text)
{
    return ScriptedResponse::eventStream(
        {ScriptedResponse::sseData(ScriptedResponse::contentChunk(text, QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::usageChunk(1200, 800, QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseDone()});
}

void TstMainWindow::budgetsWarnThenStopSending()
{
    m_server->enqueueChat(pricedReply(QStringLiteral("First answer")));
    m_server->enqueueChat(pricedReply(QStringLiteral("Second answer")));
    auto context = makeContext();
    Budget budget;
    budget.perDay = 0.0005; // one $0.000760 reply goes over it
    context->settings().setBudget(budget);
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("One"));
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(window).contains(QStringLiteral("$0.000760")), 10'000);
    auto *banner = bannerOf(window);
    QVERIFY(!banner->isVisible());

    // Over the daily budget, set to warn: the banner says so and the question still goes.
    typeAndSend(window, QStringLiteral("Two"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Today's replies have cost $0.000760 of the $0.000500 daily budget.")),
             qPrintable(banner->text()));
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(window).contains(QStringLiteral("Second answer")), 10'000);
    QCOMPARE(chatRequestCount(), 2);

    // Set to stop: nothing is sent and the question stays in the composer.
    budget.block = true;
    context->settings().setBudget(budget);
    typeAndSend(window, QStringLiteral("Three"));
    QTRY_VERIFY(banner->text().contains(QStringLiteral("paused")));
    QVERIFY(banner->text().contains(QStringLiteral("$0.00152"))); // both replies count
    QCOMPARE(window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"))->toPlainText(), QStringLiteral("Three"));
    QTest::qWait(200);
    QCOMPARE(chatRequestCount(), 2);
}

void TstMainWindow::aRepeatedQuestionComesFromTheCacheForFree()
{
    m_server->enqueueChat(pricedReply(QStringLiteral("Cached answer")));
    auto context = makeContext();
    context->settings().setResponseCacheEnabled(true);
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Same question"));
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(window).contains(QStringLiteral("$0.000760 (estimated)")), 10'000);
    // The same question in a new chat: no request, the same answer, marked cached at $0.
    QTest::keySequence(&window, QKeySequence::New);
    typeAndSend(window, QStringLiteral("Same question"));
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("(cached)")));
    QVERIFY(transcriptText(window).contains(QStringLiteral("Cached answer")));
    QCOMPARE(chatRequestCount(), 1);
}

void TstMainWindow::autoTitleNamesTheConversationAndCountsItsCost()
{
    m_server->enqueueChat(pricedReply(QStringLiteral("Use std::sort.")));
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("Sorting in C++"), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseData(ScriptedResponse::usageChunk(1000, 50, QStringLiteral("stepfun-v3"))),
         ScriptedResponse::sseDone()}));
    auto context = makeContext();
    context->settings().setAutoTitle(true);
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("how do i sort a vector"));
    auto *title = window.findChild<ChatHeader *>();
    QTRY_COMPARE_WITH_TIMEOUT(title->title(), QStringLiteral("Sorting in C++"), 10'000);
    QCOMPARE(chatRequestCount(), 2);
    // The reply cost $0.000760 and the title (1,050 tokens at $0.38/M) $0.000399: both count.
    auto *chatStats = window.findChild<ElidedLabel *>(QStringLiteral("conversationStatsLabel"));
    QTRY_VERIFY2(chatStats->fullText().contains(QStringLiteral("$0.001159")), qPrintable(chatStats->fullText()));
    QVERIFY(chatStats->fullText().contains(QStringLiteral("1 request"))); // the title is a cost, not a reply
    const Conversation stored = *context->store().conversation(context->store().listConversations().first().conversation.id);
    QCOMPARE(stored.title, QStringLiteral("Sorting in C++"));
    QCOMPARE(stored.titleCost->amount(), 1050 * 0.38 / 1e6);
    QCOMPARE(context->store().listConversations().first().cost.value(QStringLiteral("USD")), 0.00076 + 1050 * 0.38 / 1e6);

    // A second reply does not ask again.
    m_server->enqueueChat(pricedReply(QStringLiteral("And std::stable_sort keeps order.")));
    typeAndSend(window, QStringLiteral("stable?"));
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(window).contains(QStringLiteral("keeps order")), 10'000);
    QTest::qWait(200);
    QCOMPARE(chatRequestCount(), 3);
}

void TstMainWindow::conversationListModelIsAValidModel()
{
    auto context = makeContext();
    QVERIFY(context->openDatabase().ok());
    ConversationListModel model(&context->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Conversation pinned;
    pinned.title = QStringLiteral("Pinned one");
    pinned.pinned = true;
    context->store().createConversation(pinned);
    context->store().createConversation(Conversation());
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(Qt::EditRole).toString(), QStringLiteral("Pinned one"));
    QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("📌 Pinned one\n")));
    QVERIFY(model.index(1).data().toString().startsWith(QStringLiteral("New chat\n")));
    QVERIFY(model.setData(model.index(1), QStringLiteral("  Renamed   here ")));
    QCOMPARE(model.index(1).data(Qt::EditRole).toString(), QStringLiteral("Renamed here"));
    QVERIFY(!model.setData(model.index(1), QStringLiteral("   "))); // no empty titles
    const qint64 hidden = model.index(1).data(ConversationListModel::IdRole).toLongLong();
    model.setHidden(hidden);
    QCOMPARE(model.rowCount(), 1);
    model.setHidden(0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0).data(ConversationListModel::PinnedRole).toBool());
    QVERIFY(model.indexOf(model.index(1).data(ConversationListModel::IdRole).toLongLong()).isValid());
}

void TstMainWindow::searchFindsMessagesAndOpensTheConversation()
{
    auto context = makeContext();
    QVERIFY(context->openDatabase().ok());
    const qint64 tripId = storeConversation(*context, QStringLiteral("Trip planning"),
                                            QStringLiteral("Book the night train to เชียงใหม่ on Friday"));
    Conversation other;
    other.title = QStringLiteral("Other");
    context->store().createConversation(other);

    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    search->setText(QStringLiteral("เชียงใหม่")); // keyClicks only types ASCII
    auto *results = window.findChild<QListWidget *>(QStringLiteral("searchResults"));
    QTRY_VERIFY(results->isVisible() && results->count() == 1);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("«เชียงใหม่»")));
    QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Trip planning")));
    QVERIFY(!window.findChild<QListView *>(QStringLiteral("conversationList"))->isVisible());
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    QTRY_COMPARE(window.currentConversation(), tripId);
    QVERIFY(transcriptText(window).contains(QStringLiteral("night train")));

    search->clear();
    QTRY_VERIFY(!results->isVisible());
    QVERIFY(window.findChild<QListView *>(QStringLiteral("conversationList"))->isVisible());
    QTest::keyClicks(search, QStringLiteral("zebra"));
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->item(0)->text(), QStringLiteral("No matches."));
}

void TstMainWindow::composerEstimatesTheSendAndWarnsWhenItWillNotFit()
{
    auto context = makeContext();
    {
        // A profile with a tiny context window, to see the warning.
        QList<ProviderProfile> profiles = context->settings().profiles();
        profiles[0].contextWindow = 40;
        context->settings().setProfiles(profiles);
    }
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *estimate = window.findChild<QLabel *>(QStringLiteral("composerEstimate"));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Short question"));
    QTRY_VERIFY(estimate->isVisible() && estimate->text().contains(QStringLiteral("prompt tokens")));
    QVERIFY2(estimate->text().contains(QStringLiteral("$")), qPrintable(estimate->text())); // stepfun-v3 has a price
    QVERIFY(!estimate->text().contains(QStringLiteral("does not fit")));
    editor->setPlainText(QStringLiteral("A much longer question that keeps going. ").repeated(10));
    QTRY_VERIFY2(estimate->text().contains(QStringLiteral("does not fit the 40-token context window")),
                 qPrintable(estimate->text()));
    editor->clear();
    QTRY_VERIFY(!estimate->isVisible());
}

void TstMainWindow::renamePinDeleteUndoAndExport()
{
    auto context = makeContext();
    QVERIFY(context->openDatabase().ok());
    Conversation a;
    a.title = QStringLiteral("Alpha");
    a = *context->store().createConversation(a);
    Message m;
    m.conversationId = a.id;
    m.content = QStringLiteral("alpha content with ```code```");
    context->store().appendMessage(m);
    Conversation b;
    b.title = QStringLiteral("Beta");
    b.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    b = *context->store().createConversation(b);

    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
    QCOMPARE(window.currentConversation(), a.id); // the most recent opens at start

    // Rename in place with F2.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = list->findChild<QLineEdit *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Alpha renamed"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(context->store().conversation(a.id)->title, QStringLiteral("Alpha renamed"));

    // Pin the older one: it moves to the top.
    window.selectConversation(b.id);
    window.findChild<QAction *>(QStringLiteral("actionPin"))->trigger();
    QVERIFY(context->store().conversation(b.id)->pinned);
    QCOMPARE(list->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong(), b.id);

    // Delete, then undo from the banner: nothing was lost.
    window.selectConversation(a.id);
    window.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    auto *banner = bannerOf(window);
    QVERIFY(banner->isVisible());
    QVERIFY(bannerButton(window, BannerNotice::Action::Undo));
    QCOMPARE(list->model()->rowCount(), 1);
    window.undoDelete();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(context->store().messages(a.id).size(), 1);

    // Export to Markdown through the file-dialog seam.
    window.selectConversation(a.id);
    const QString path = m_dir->filePath(QStringLiteral("alpha.md"));
    FileDialogs::setNextSaveFileName(path);
    window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().startsWith("# Alpha renamed"));

    // Delete for real: after the undo time, the rows are gone.
    window.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!context->store().conversation(a.id), MainWindow::kUndoDeleteMs + 3000);
    QVERIFY(context->store().messages(a.id).isEmpty());
    QCOMPARE(list->model()->rowCount(), 1);
}

void TstMainWindow::aLanguageChosenInSettingsAppliesAtOnce()
{
    TranslationLoader translations;
    translations.load(QLocale(QLocale::English));
    auto context = makeContext();
    MainWindow window(*context);
    window.setTranslationLoader(&translations);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto fileMenuTitle = [&] { return window.menuBar()->actions().constFirst()->text(); };
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
    QCOMPARE(send->text(), QStringLiteral("Send"));

    window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QWidget *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("th")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsOk")), Qt::LeftButton);

    // No restart: the menus, the composer and the sidebar speak Thai now.
    QTRY_COMPARE(translations.currentLocale().language(), QLocale::Thai);
    QTRY_VERIFY(fileMenuTitle() != QStringLiteral("&File"));
    QCOMPARE(fileMenuTitle(), QCoreApplication::translate("MainWindow", "&File"));
    QCOMPARE(send->text(), QCoreApplication::translate("Composer", "Send"));
    QVERIFY(send->text() != QStringLiteral("Send"));
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("newChatButton"))->text(),
             QCoreApplication::translate("ConversationSidebar", "New chat"));
    // The actions are rebuilt with their names and shortcuts.
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionSettings"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    translations.load(QLocale(QLocale::English));
    QTRY_COMPARE(fileMenuTitle(), QStringLiteral("&File"));
}

void TstMainWindow::themeCanBeChosenAndIsRemembered()
{
    auto context = makeContext();
    context->settings().setTranscriptFont(QString(), 21);
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The transcript's font size from Settings › Appearance.
    QCOMPARE(window.findChild<TranscriptView *>(QStringLiteral("transcriptView"))->font().pointSize(), 21);
    window.findChild<QAction *>(QStringLiteral("actionThemeDark"))->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(context->settings().theme(), AppSettings::Theme::Dark);
    window.findChild<QAction *>(QStringLiteral("actionThemeLight"))->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    window.findChild<QAction *>(QStringLiteral("actionThemeSystem"))->trigger();
    QCOMPARE(AppSettings(context->settings().path()).theme(), AppSettings::Theme::System);
}

void TstMainWindow::headerChoicesApplyToThisConversationOnly()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("from the other model")}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("default model again")}));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    window.newConversation();
    const qint64 first = window.currentConversation();
    auto *model = window.findChild<QComboBox *>(QStringLiteral("modelSelector"));
    auto *temperature = window.findChild<QDoubleSpinBox *>(QStringLiteral("temperatureSpin"));
    QCOMPARE(model->currentText(), QStringLiteral("stepfun-v3"));
    model->setCurrentText(QStringLiteral("step-2-mini"));
    Q_EMIT model->lineEdit()->editingFinished();
    temperature->setValue(0.25);
    typeAndSend(window, QStringLiteral("Which model?"));
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("from the other model")));
    QJsonObject body = lastChatRequest().jsonBody();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("step-2-mini"));
    QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.25);
    QCOMPARE(context->store().conversation(first)->model, QStringLiteral("step-2-mini"));

    // A new conversation starts from the defaults; the first keeps its choices.
    window.newConversation();
    QCOMPARE(model->currentText(), QStringLiteral("stepfun-v3"));
    QCOMPARE(temperature->value(), 0.7);
    typeAndSend(window, QStringLiteral("And now?"));
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("default model again")));
    QCOMPARE(lastChatRequest().jsonBody().value(QStringLiteral("model")).toString(), QStringLiteral("stepfun-v3"));
    window.selectConversation(first);
    QCOMPARE(model->currentText(), QStringLiteral("step-2-mini"));
    QCOMPARE(temperature->value(), 0.25);
    QCOMPARE(window.findChild<ChatHeader *>()->title(), QStringLiteral("Which model?"));
}

void TstMainWindow::messageActionsCopyRegenerateEditDelete()
{
    m_server->enqueueChat(ScriptedResponse::eventStream({
        R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":"Thinking it over."}}]})" "\n\n",
        ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("Try:\n\n```sh\nls -la\n```\n"))),
        ScriptedResponse::sseData(ScriptedResponse::finishChunk()), ScriptedResponse::sseDone()}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("A second answer")}));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("List files"));
    auto *view = window.findChild<TranscriptView *>(QStringLiteral("transcriptView"));
    QTRY_VERIFY(allText(*view).contains(QStringLiteral("Regenerate")));
    QList<Message> messages = context->store().messages(window.currentConversation());
    const qint64 question = messages.at(0).id;
    const qint64 answer = messages.at(1).id;

    click(*view, view->buttonRect(answer, MessageAction::Copy));
    QCOMPARE(QGuiApplication::clipboard()->text(), messages.at(1).content);
    click(*view, view->copyCodeRect(answer, 0));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ls -la"));

    // Reasoning is folded once the answer is there; it unfolds and folds again.
    QVERIFY(!allText(*view).contains(QStringLiteral("Thinking it over.")));
    QVERIFY(allText(*view).contains(QStringLiteral("▸ Reasoning")));
    click(*view, view->reasoningToggleRect(answer));
    QVERIFY(allText(*view).contains(QStringLiteral("Thinking it over.")));
    click(*view, view->reasoningToggleRect(answer));
    QVERIFY(!allText(*view).contains(QStringLiteral("Thinking it over.")));

    // Regenerate asks the same question again and keeps the first answer as a version (‹ 1 / 2 ›).
    click(*view, view->buttonRect(answer, MessageAction::Regenerate));
    QTRY_VERIFY(allText(*view).contains(QStringLiteral("A second answer")));
    QTRY_COMPARE(context->store().messages(window.currentConversation()).last().state, Message::State::Complete);
    messages = context->store().messages(window.currentConversation());
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).content, QStringLiteral("A second answer"));
    QCOMPARE(messages.at(1).versionIndex, 2);
    QCOMPARE(messages.at(1).versionCount, 2);
    QCOMPARE(context->store().allMessages(window.currentConversation()).size(), 3);
    const QJsonArray resent = lastChatRequest().jsonBody().value(QStringLiteral("messages")).toArray();
    QCOMPARE(resent.last().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("List files"));
    QCOMPARE(resent.size(), 1); // the old answer is not sent with it
    const qint64 second = messages.at(1).id;
    QTRY_VERIFY(view->buttonRect(second, MessageAction::PreviousVersion).isValid());
    click(*view, view->buttonRect(second, MessageAction::PreviousVersion));
    QCOMPARE(context->store().messages(window.currentConversation()).at(1).id, answer);
    QTRY_VERIFY(!allText(*view).contains(QStringLiteral("A second answer")));
    click(*view, view->buttonRect(answer, MessageAction::NextVersion));
    QCOMPARE(context->store().messages(window.currentConversation()).at(1).id, second);

    // Edit puts the question in the composer and changes nothing; Cancel (or Esc) leaves all as it was.
    QTRY_VERIFY(view->buttonRect(question, MessageAction::Edit).isValid());
    click(*view, view->buttonRect(question, MessageAction::Edit));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("List files"));
    QCOMPARE(context->store().messages(window.currentConversation()).size(), 2);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(editor->toPlainText(), QString());
    QCOMPARE(context->store().allMessages(window.currentConversation()).size(), 3);

    // Delete hides the message at once, with Undo; the store keeps it until the undo time is over.
    Message note;
    note.conversationId = window.currentConversation();
    note.content = QStringLiteral("to be removed");
    const qint64 noteId = context->store().appendMessage(note)->id;
    window.selectConversation(window.currentConversation());
    click(*view, view->buttonRect(noteId, MessageAction::Delete));
    QVERIFY(!allText(*view).contains(QStringLiteral("to be removed")));
    QTRY_VERIFY(bannerButton(window, BannerNotice::Action::Undo));
    bannerButton(window, BannerNotice::Action::Undo)->click();
    QTRY_VERIFY(allText(*view).contains(QStringLiteral("to be removed")));
    click(*view, view->buttonRect(noteId, MessageAction::Delete));
    QTRY_VERIFY_WITH_TIMEOUT(!context->store().message(noteId), MainWindow::kUndoDeleteMs + 5000);
    QCOMPARE(context->store().messages(window.currentConversation()).size(), 2);
}

void TstMainWindow::aSearchHitInAnOldMessageOpensTheConversationThere()
{
    auto context = makeContext();
    QVERIFY(context->openDatabase().ok());
    ConversationDocument document;
    document.conversation.title = QStringLiteral("Long history");
    for (int i = 0; i < 2000; ++i) {
        Message m;
        m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
        m.content = i == 6 ? QStringLiteral("The saffron recipe is here.") : QStringLiteral("Message number %1.").arg(i);
        m.createdAt = QDateTime::currentDateTimeUtc();
        document.messages.append(m);
    }
    const qint64 id = context->store().importDocument(document)->id;
    MainWindow window(*context);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<TranscriptView *>(QStringLiteral("transcriptView"));
    QTRY_COMPARE(window.currentConversation(), id);
    QVERIFY(view->isAtBottom());
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("saffron"));
    auto *results = window.findChild<QListWidget *>(QStringLiteral("searchResults"));
    QTRY_VERIFY(results->isVisible() && results->count() == 1);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    // The conversation opens at message 7 of 2,000, with the words marked and the find bar open.
    QTRY_VERIFY(view->visibleText().contains(QStringLiteral("The saffron recipe is here.")));
    const auto [first, last] = view->visibleRows();
    QVERIFY(first <= 6 && last >= 6);
    QCOMPARE(view->findCount(), 1);
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("findBar"))->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("findStatus"))->text(), QStringLiteral("1 of 1"));
}

void TstMainWindow::linksAskBeforeOpeningAndForgedActionsDoNothing()
{
    m_server->enqueueChat(ScriptedResponse::chatStream(
        {QStringLiteral("[Delete](tally:delete/1) and [docs](https://example.org/guide) and [file](file:///etc/passwd)")}));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Links please"));
    auto *view = window.findChild<TranscriptView *>(QStringLiteral("transcriptView"));
    QTRY_COMPARE(context->store().messages(window.currentConversation()).size(), 2);
    QTRY_VERIFY(allText(*view).contains(QStringLiteral("docs")));
    // Every link of the reply is clicked: the forged action deletes nothing, the file opens
    // nothing, the web link opens only after a yes.
    ExternalLinks::setAnswerForTests(ExternalLinks::Answer::Cancel);
    const qint64 reply = context->store().messages(window.currentConversation()).at(1).id;
    const QRect area = view->messageRect(view->model()->rowOf(reply));
    for (int x = area.left() + 2; x < area.right(); x += 5)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, area.top() + 36));
    QCOMPARE(context->store().messages(window.currentConversation()).size(), 2);
    QCOMPARE(ExternalLinks::lastOpened(), QUrl());
    ExternalLinks::setAnswerForTests(ExternalLinks::Answer::Open);
    for (int x = area.left() + 2; x < area.right() && ExternalLinks::lastOpened().isEmpty(); x += 5)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, area.top() + 36));
    QCOMPARE(ExternalLinks::lastOpened(), QUrl(QStringLiteral("https://example.org/guide")));
}

void TstMainWindow::errorBannersOfferTheRightAction()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(503, QStringLiteral("overloaded"), QStringLiteral("server_error")));
    m_server->enqueueChat(ScriptedResponse::openAiError(503, QStringLiteral("overloaded"), QStringLiteral("server_error")));
    m_server->enqueueChat(ScriptedResponse::openAiError(503, QStringLiteral("overloaded"), QStringLiteral("server_error")));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Back online")}));
    ScriptedResponse cut = ScriptedResponse::eventStream({ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("Half an ")))});
    m_server->enqueueChat(cut);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("answer.")}));
    auto context = makeContext();
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 20;
    context->client().setRetryPolicy(fast);
    MainWindow window(*context);
    window.show();
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Are you there?"));
    auto *banner = bannerOf(window);
    QTRY_VERIFY(banner->isVisible() && bannerButton(window, BannerNotice::Action::Retry));
    QCOMPARE(bannerButton(window, BannerNotice::Action::Retry)->text(), QStringLiteral("Try again"));
    bannerButton(window, BannerNotice::Action::Retry)->click();
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("Back online")));
    QTRY_COMPARE(context->store().messages(window.currentConversation()).size(), 2); // no duplicate question

    typeAndSend(window, QStringLiteral("Tell me more"));
    QTRY_VERIFY(banner->isVisible() && bannerButton(window, BannerNotice::Action::Continue));
    bannerButton(window, BannerNotice::Action::Continue)->click();
    // Continue extends the same message: one assistant turn "Half an answer.", no visible user turn.
    QTRY_VERIFY(transcriptText(window).contains(QStringLiteral("Half an answer.")));
    const QJsonArray sent = lastChatRequest().jsonBody().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.at(sent.size() - 2).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Half an "));
    QCOMPARE(sent.at(sent.size() - 2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    const QList<Message> stored = context->store().messages(window.currentConversation());
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.last().content, QStringLiteral("Half an answer."));
    QVERIFY(stored.last().continued);
    QCOMPARE(stored.last().state, Message::State::Complete);
}

void TstMainWindow::olderTurnsAreLeftOutToFitTheWindow()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("fits")}));
    auto context = makeContext();
    {
        QList<ProviderProfile> profiles = context->settings().profiles();
        profiles[0].contextWindow = 60;
        profiles[0].defaultModel = QStringLiteral("local-model"); // no price row, so the profile's window counts
        context->settings().setProfiles(profiles);
    }
    QVERIFY(context->openDatabase().ok());
    Conversation conversation;
    conversation.title = QStringLiteral("Long");
    conversation = *context->store().createConversation(conversation);
    for (int i = 0; i < 6; ++i) {
        Message m;
        m.conversationId = conversation.id;
        m.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
        m.content = QStringLiteral("Earlier turn number %1 with a few words in it.").arg(i);
        context->store().appendMessage(m);
    }
    MainWindow window(*context);
    window.show();
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Newest question"));
    auto *banner = bannerOf(window);
    QTRY_VERIFY(banner->isVisible() && banner->text().contains(QStringLiteral("left out")));
    QTRY_COMPARE(chatRequestCount(), 1);
    const QJsonArray sent = lastChatRequest().jsonBody().value(QStringLiteral("messages")).toArray();
    QVERIFY(sent.size() < 7);
    QCOMPARE(sent.last().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Newest question"));
    QCOMPARE(context->store().messages(conversation.id).size(), 8); // nothing is deleted, only not sent
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
