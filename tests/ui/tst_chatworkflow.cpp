#include "api/ProviderClient.h"
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "main/ConversationBanner.h"
#include "main/ConversationListModel.h"
#include "main/MainWindow.h"
#include "common/FileDialogs.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "formats/ConversationJson.h"
#include "settings/ProfileList.h"
#include "settings/ProviderPreset.h"
#include "store/ConversationStore.h"
#include "transcript/MessageLayout.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include "TestServer.h"
#include "WindowTestSupport.h"

#include <QAbstractItemDelegate>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>

// The main window's chat workflow as a user meets it (issue 12's numbered problems): each case
// drives the real window against the local test server and checks what was sent and stored.
using WindowTestSupport::typeAndSend;

class TstChatWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aFailedSendRetriedSendsTheQuestionOnce();
    void draftsBelongToTheirConversationAndSurviveARestart();
    void aBannerBelongsToTheConversationItWasRaisedFor();
    void regenerateTwiceGivesThreeVersionsThatExportAndImport();
    void escapeFromTheSidebarStopsTheReply();
    void theWindowKeepsItsWidthAsRepliesArrive();
    void theModelListIsTheProvidersAndFollowsTheProfile();
    void aProfileAddedOnAFreshInstallAppearsWhileTheWindowRuns();
    void aThaiTitleRowKeepsItsSecondLine();
    void emptyNewChatsAreNotKept();
    void theKeyHelpPointsAtSettingsFirst();
    void aFirstStartWelcomesWithAKeyAndATest();
    void aCustomProviderAsksForItsAddress();
    void aConversationKeepsItsOwnSystemPrompt();
    void aRefusalIsNotChargedAndRetriesCountInTheTotal();
    void theReplyNamesOneModelStreamedAndReopened();
    void aFirstStartWithoutAKeychainDoesNotWaitForIt();

private:
    std::unique_ptr<AppContext> makeContext(bool withKey = true);
    static QPushButton *bannerButton(MainWindow &window, BannerNotice::Action action);
    static ConversationBanner *banner(MainWindow &window);
    // Shows the window of a first start and returns its welcome panel once it is shown (or null).
    static QWidget *showFirstStart(MainWindow &window);
    int userMessagesInLastRequest() const;

    // The window also asks for the model list (GET /models): these count chat requests only.
    int chatRequestCount() const;
    RecordedRequest lastChatRequest() const;

    QTemporaryDir *m_dir = nullptr;
    TestServer *m_server = nullptr;
};

// A failure shows at once: no retries unless a case asks for them.
std::unique_ptr<AppContext> TstChatWorkflow::makeContext(bool withKey)
{
    return WindowTestSupport::makeContext(*m_dir, m_server->baseUrl(),
                                          withKey ? QStringLiteral("sk-workflow-test") : QString(), 0);
}

int TstChatWorkflow::chatRequestCount() const
{
    int count = 0;
    for (const RecordedRequest &request : m_server->requests())
        count += request.path().endsWith("/chat/completions") ? 1 : 0;
    return count;
}

RecordedRequest TstChatWorkflow::lastChatRequest() const
{
    const QList<RecordedRequest> all = m_server->requests();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->path().endsWith("/chat/completions"))
            return *it;
    }
    return {};
}

void TstChatWorkflow::initTestCase()
{
    AppInfo::registerApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstChatWorkflow::init()
{
    m_dir = new QTemporaryDir;
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
}

void TstChatWorkflow::cleanup()
{
    delete m_server;
    delete m_dir;
}

ConversationBanner *TstChatWorkflow::banner(MainWindow &window)
{
    return window.findChild<ConversationBanner *>(QStringLiteral("errorBanner"));
}

QPushButton *TstChatWorkflow::bannerButton(MainWindow &window, BannerNotice::Action action)
{
    QPushButton *button = banner(window)->findChild<QPushButton *>(QStringLiteral("bannerAction%1").arg(int(action)));
    return button && button->isVisible() ? button : nullptr;
}

int TstChatWorkflow::userMessagesInLastRequest() const
{
    int users = 0;
    for (const QJsonValue &message : lastChatRequest().jsonBody().value(QStringLiteral("messages")).toArray())
        users += message.toObject().value(QStringLiteral("role")).toString() == u"user" ? 1 : 0;
    return users;
}

// Problem 1: after a 429, Enter (on the now empty composer) or Try again must not send the
// question twice.
void TstChatWorkflow::aFailedSendRetriedSendsTheQuestionOnce()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("rate_limit_error")));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Here you are")}));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Question X"));
    QTRY_VERIFY(bannerButton(window, BannerNotice::Action::Retry));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    QCOMPARE(editor->toPlainText(), QString()); // the question stays in the conversation, once
    // Enter again, as a user retries from the keyboard: the stored question is asked once more.
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(chatRequestCount(), 2);
    QCOMPARE(userMessagesInLastRequest(), 1);
    QTRY_COMPARE(context->store().messages(window.currentConversation()).last().content, QStringLiteral("Here you are"));
    // Stored once, answered once: the failed empty reply made way for the new one.
    const QList<Message> stored = context->store().messages(window.currentConversation());
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.first().content, QStringLiteral("Question X"));
    QVERIFY(!banner(window)->isVisible());
}

// Problem 2: the composer's draft is the conversation's, kept across switching and restarts.
void TstChatWorkflow::draftsBelongToTheirConversationAndSurviveARestart()
{
    auto context = makeContext();
    QVERIFY(context->openDatabase().ok());
    Conversation a;
    a.title = QStringLiteral("Alpha");
    a = *context->store().createConversation(a);
    Conversation b;
    b.title = QStringLiteral("Beta");
    b = *context->store().createConversation(b);
    {
        MainWindow window(*context);
        window.show();
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
        window.selectConversation(a.id);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("half a thought for A"));
        window.selectConversation(b.id);
        QCOMPARE(editor->toPlainText(), QString());
        QTest::keyClicks(editor, QStringLiteral("for B"));
        window.selectConversation(a.id);
        QCOMPARE(editor->toPlainText(), QStringLiteral("half a thought for A"));
        window.newConversation();
        QCOMPARE(editor->toPlainText(), QString()); // a new chat starts empty
        window.selectConversation(b.id);
        QCOMPARE(editor->toPlainText(), QStringLiteral("for B"));
        window.close();
    }
    MainWindow again(*context);
    again.show();
    again.selectConversation(a.id);
    QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"))->toPlainText(),
             QStringLiteral("half a thought for A"));
    QCOMPARE(context->store().conversation(b.id)->draft, QStringLiteral("for B"));
}

// Problems 3 and 11: chat A's error is not shown in chat B, and its button acts on A.
void TstChatWorkflow::aBannerBelongsToTheConversationItWasRaisedFor()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("B's good answer")}));
    m_server->enqueueChat(ScriptedResponse::openAiError(500, QStringLiteral("Broken"), QStringLiteral("server_error")));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("A at last")}));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Question for B"));
    const qint64 b = window.currentConversation();
    QTRY_COMPARE(context->store().messages(b).last().content, QStringLiteral("B's good answer"));
    window.newConversation();
    typeAndSend(window, QStringLiteral("Question for A"));
    const qint64 a = window.currentConversation();
    QTRY_VERIFY(bannerButton(window, BannerNotice::Action::Retry));
    QVERIFY(banner(window)->text().contains(QStringLiteral("Broken")));

    window.selectConversation(b);
    QVERIFY(!banner(window)->isVisible());
    window.selectConversation(a);
    QVERIFY(banner(window)->isVisible());
    bannerButton(window, BannerNotice::Action::Retry)->click();
    QTRY_COMPARE(context->store().messages(a).last().content, QStringLiteral("A at last"));
    // B's answer is untouched: one question, one answer, no version added.
    QCOMPARE(context->store().allMessages(b).size(), 2);
    QCOMPARE(context->store().messages(b).last().content, QStringLiteral("B's good answer"));
}

// Problem 4: Regenerate keeps every answer as a version; they are exported and come back.
void TstChatWorkflow::regenerateTwiceGivesThreeVersionsThatExportAndImport()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("First take")}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Second take")}));
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Third take")}));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Say it"));
    const qint64 id = window.currentConversation();
    QTRY_COMPARE(context->store().messages(id).last().content, QStringLiteral("First take"));
    for (const QString &expected : {QStringLiteral("Second take"), QStringLiteral("Third take")}) {
        QTRY_COMPARE(context->store().messages(id).last().state, Message::State::Complete);
        window.regenerate(context->store().messages(id).last().id);
        QTRY_COMPARE(context->store().messages(id).last().content, expected);
    }
    QTRY_COMPARE(context->store().messages(id).last().state, Message::State::Complete);
    const Message shown = context->store().messages(id).last();
    QCOMPARE(shown.versionIndex, 3);
    QCOMPARE(shown.versionCount, 3);

    const QString path = m_dir->filePath(QStringLiteral("versions.json"));
    FileDialogs::setNextSaveFileName(path);
    window.exportConversation();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<ConversationDocument> document = ConversationJson::fromJson(file.readAll(), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->messages.size(), 4);
    const std::optional<Conversation> imported = context->store().importDocument(*document);
    QVERIFY(imported);
    const QList<Message> back = context->store().messages(imported->id);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.last().content, QStringLiteral("Third take"));
    QCOMPARE(back.last().versionCount, 3);
}

// Problem 6: Esc stops the reply wherever the focus is.
void TstChatWorkflow::escapeFromTheSidebarStopsTheReply()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Slow start "), QStringLiteral("never seen")}, -1, -1, 2000));
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    typeAndSend(window, QStringLiteral("Go slowly"));
    const qint64 id = window.currentConversation();
    QTRY_VERIFY_WITH_TIMEOUT(context->store().messages(id).size() == 2, 5000);
    auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
    list->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_COMPARE(context->store().messages(id).last().state, Message::State::Cancelled);
}

// Problem 9: the stats line grows with every reply; the window does not.
void TstChatWorkflow::theWindowKeepsItsWidthAsRepliesArrive()
{
    for (int i = 0; i < 20; ++i)
        m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Reply %1").arg(i)}, 123456 + i, 654321 + i));
    auto context = makeContext();
    MainWindow window(*context);
    // As narrow as the window allows: any line that cannot shrink would have to widen it.
    window.resize(window.minimumSizeHint().width(), 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    const int width = window.width();
    for (int i = 0; i < 20; ++i) {
        typeAndSend(window, QStringLiteral("Question %1").arg(i));
        QTRY_COMPARE(context->store().messages(window.currentConversation()).last().content, QStringLiteral("Reply %1").arg(i));
        QTRY_COMPARE(context->store().messages(window.currentConversation()).last().state, Message::State::Complete);
    }
    QCoreApplication::processEvents();
    QVERIFY2(window.width() == width, qPrintable(QStringLiteral("%1 -> %2 px").arg(width).arg(window.width())));
    QVERIFY(window.minimumSizeHint().width() <= width);
}

// Problem 8: the header lists the models the profile's provider offers (GET /models), switches
// with the profile, and a profile added behind the window's back (tally-cli) appears at once.
void TstChatWorkflow::theModelListIsTheProvidersAndFollowsTheProfile()
{
    m_server->setModels({QStringLiteral("stepfun-v3"), QStringLiteral("step-2-mini"), QStringLiteral("step-x-long")});
    TestServer other;
    QVERIFY(other.start());
    other.setModels({QStringLiteral("local-llama")});
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *model = window.findChild<QComboBox *>(QStringLiteral("modelSelector"));
    auto *profile = window.findChild<QComboBox *>(QStringLiteral("profileSelector"));
    QTRY_COMPARE(model->count(), 3);
    QVERIFY(model->findText(QStringLiteral("step-x-long")) >= 0);
    QCOMPARE(model->currentText(), QStringLiteral("stepfun-v3"));

    // As `tally-cli profiles add` does while the window runs: the file changes, the window follows.
    {
        AppSettings settings(WindowTestSupport::settingsPath(*m_dir));
        QList<ProviderProfile> profiles = settings.profiles();
        ProviderProfile local = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("custom")),
                                                            QStringLiteral("local"));
        local.baseUrl = other.baseUrl();
        local.defaultModel = QStringLiteral("local-llama");
        local.needsKey = false;
        profiles.append(local);
        settings.setProfiles(profiles);
        settings.sync();
    }
    QTRY_VERIFY_WITH_TIMEOUT(profile->findText(QStringLiteral("local")) >= 0, 10000);
    profile->setCurrentIndex(profile->findText(QStringLiteral("local")));
    QTRY_COMPARE(model->currentText(), QStringLiteral("local-llama"));
    const auto listed = [model] {
        QStringList items;
        for (int i = 0; i < model->count(); ++i)
            items << model->itemText(i);
        return items;
    };
    QTRY_VERIFY2(listed() == QStringList{QStringLiteral("local-llama")}, qPrintable(listed().join(u',')));
    QCOMPARE(model->findText(QStringLiteral("stepfun-v3")), -1); // not the previous profile's model
}

// Found under Xvfb: on a fresh install nothing has written the settings file (nor its folder)
// when the window starts, so a watch on the file alone never fires and a profile that
// `tally-cli profiles add` writes stays out of the header until a restart.
void TstChatWorkflow::aProfileAddedOnAFreshInstallAppearsWhileTheWindowRuns()
{
    const QString settingsPath = m_dir->filePath(QStringLiteral("not-yet/config/tally.ini"));
    AppContext context(AppContext::Paths{settingsPath, m_dir->filePath(QStringLiteral("fresh.db"))},
                       new MemorySecretStore);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!QFileInfo::exists(settingsPath));
    auto *profile = window.findChild<QComboBox *>(QStringLiteral("profileSelector"));
    QCOMPARE(profile->findText(QStringLiteral("local")), -1);

    {
        AppSettings settings(settingsPath);
        QList<ProviderProfile> profiles = settings.profiles();
        ProviderProfile local = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("custom")),
                                                            QStringLiteral("local"));
        local.baseUrl = m_server->baseUrl();
        local.defaultModel = QStringLiteral("local-llama");
        local.needsKey = false;
        profiles.append(local);
        settings.setProfiles(profiles);
        settings.sync();
    }
    QVERIFY(QFileInfo::exists(settingsPath));
    QTRY_VERIFY_WITH_TIMEOUT(profile->findText(QStringLiteral("local")) >= 0, 10000);

    // And the file is watched from then on: a second change is followed too.
    {
        AppSettings settings(settingsPath);
        QList<ProviderProfile> profiles = settings.profiles();
        profiles.last().name = QStringLiteral("local-renamed");
        settings.setProfiles(profiles);
        settings.sync();
    }
    QTRY_VERIFY_WITH_TIMEOUT(profile->findText(QStringLiteral("local-renamed")) >= 0, 10000);
}

// Problem 10: a row with a Thai title is as tall as its two lines need.
void TstChatWorkflow::aThaiTitleRowKeepsItsSecondLine()
{
    auto context = makeContext();
    QVERIFY(context->openDatabase().ok());
    Conversation latin;
    latin.title = QStringLiteral("Plain title");
    latin = *context->store().createConversation(latin);
    Conversation thai;
    thai.title = QStringLiteral("สวัสดีครับ ผู้ใช้ทดสอบ 你好世界 😀");
    thai.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    thai = *context->store().createConversation(thai);
    // Latin rows above and below it: a list of uniform rows takes every row's height from one
    // row (Qt measures the last), which must not be the Thai one for the case to mean anything.
    Conversation older;
    older.title = QStringLiteral("Older plain title");
    older.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    older = *context->store().createConversation(older);
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
    auto *model = qobject_cast<ConversationListModel *>(list->model());
    const QModelIndex row = model->indexOf(thai.id);
    QVERIFY(row.isValid());
    QCOMPARE(model->indexOf(older.id).row(), model->rowCount() - 1);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.font = list->font();
    option.fontMetrics = list->fontMetrics();
    const int needed = list->itemDelegate()->sizeHint(option, row).height();
    QVERIFY2(list->visualRect(row).height() >= needed,
             qPrintable(QStringLiteral("%1 < %2").arg(list->visualRect(row).height()).arg(needed)));
    QVERIFY(row.data(Qt::DisplayRole).toString().contains(u'\n')); // the time · cost line is there
}

// Problem 10: every Ctrl+N used to leave an empty "New chat" behind.
void TstChatWorkflow::emptyNewChatsAreNotKept()
{
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    window.newConversation();
    window.newConversation();
    window.newConversation();
    QCOMPARE(context->store().listConversations().size(), 1);
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    QTest::keyClicks(editor, QStringLiteral("keep me"));
    window.newConversation(); // one with a draft is kept
    QCOMPARE(context->store().listConversations().size(), 2);
}

// Problem 7: without a key, the window says what to do in the window, with a button for it.
void TstChatWorkflow::theKeyHelpPointsAtSettingsFirst()
{
    auto context = makeContext(false);
    // Not a first start (that is the welcome panel's): a conversation with a message is open.
    QVERIFY(context->openDatabase().ok());
    const Conversation earlier = *context->store().createConversation(Conversation());
    Message question;
    question.conversationId = earlier.id;
    question.content = QStringLiteral("An earlier question");
    QVERIFY(context->store().appendMessage(question));
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(bannerButton(window, BannerNotice::Action::SetKey));
    const QString text = banner(window)->text();
    QVERIFY2(text.indexOf(QStringLiteral("Settings › Providers")) >= 0
                 && text.indexOf(QStringLiteral("Settings › Providers")) < text.indexOf(QStringLiteral("tally-cli")),
             qPrintable(text));
    QVERIFY(!text.contains(u'`'));
    bannerButton(window, BannerNotice::Action::SetKey)->click();
    QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("settingsDialog")) || window.findChild<QDialog *>());
}

QWidget *TstChatWorkflow::showFirstStart(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePanel"));
    return welcome && QTest::qWaitFor([welcome] { return welcome->isVisible(); }) ? welcome : nullptr;
}

// Problem 7, first start: the welcome panel takes a pasted key to the keychain, tests the
// connection with it and starts the chat, without a terminal or a second copy of the message.
void TstChatWorkflow::aFirstStartWelcomesWithAKeyAndATest()
{
    auto context = makeContext(false);
    MainWindow window(*context);
    QWidget *welcome = showFirstStart(window);
    QVERIFY(welcome && welcome->isVisible());
    QVERIFY(!bannerButton(window, BannerNotice::Action::SetKey)); // said once, in the panel
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!send->isEnabled());

    window.findChild<QLineEdit *>(QStringLiteral("welcomeKey"))->setText(QStringLiteral("sk-pasted-key"));
    window.findChild<QPushButton *>(QStringLiteral("welcomeTest"))->click();
    auto *status = window.findChild<QLabel *>(QStringLiteral("welcomeStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("HTTP 200")), qPrintable(status->text()));
    const RecordedRequest probe = m_server->requests().constLast();
    QVERIFY(probe.path().endsWith("/models"));
    QCOMPARE(probe.header("Authorization"), QByteArray("Bearer sk-pasted-key"));

    window.findChild<QPushButton *>(QStringLiteral("welcomeStart"))->click();
    QTRY_VERIFY(!welcome->isVisible());
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("composerStatus"))->isHidden()); // nothing blocks sending
    QString stored;
    bool read = false;
    context->secrets().readSecret(WindowTestSupport::kKeyName, this,
                                  [&](const SecretResult &result) {
                                      stored = result.secret;
                                      read = true;
                                  });
    QTRY_VERIFY(read);
    QCOMPARE(stored, QStringLiteral("sk-pasted-key"));

    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Welcome aboard")}, 5, 2));
    typeAndSend(window, QStringLiteral("First question"));
    QTRY_COMPARE(chatRequestCount(), 1);
    QCOMPARE(lastChatRequest().header("Authorization"), QByteArray("Bearer sk-pasted-key"));
    QTRY_VERIFY(window.findChild<TranscriptView *>()->model()->rowCount() == 2);
}

// Problem 7, Custom: a server of one's own needs its address, and saying so beats adding nothing.
void TstChatWorkflow::aCustomProviderAsksForItsAddress()
{
    auto context = makeContext(false);
    MainWindow window(*context);
    QWidget *welcome = showFirstStart(window);
    QVERIFY(welcome && welcome->isVisible());
    auto *provider = window.findChild<QComboBox *>(QStringLiteral("welcomeProvider"));
    provider->setCurrentIndex(provider->findData(QStringLiteral("custom")));
    auto *baseUrl = window.findChild<QLineEdit *>(QStringLiteral("welcomeBaseUrl"));
    QVERIFY(baseUrl->isVisible());
    window.findChild<QLineEdit *>(QStringLiteral("welcomeKey"))->setText(QStringLiteral("sk-custom-key"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("welcomeStart"));
    start->click();
    auto *status = window.findChild<QLabel *>(QStringLiteral("welcomeStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("base URL")), qPrintable(status->text()));
    QVERIFY(welcome->isVisible());

    baseUrl->setText(m_server->baseUrl().toString());
    window.findChild<QLineEdit *>(QStringLiteral("welcomeModel"))->setText(QStringLiteral("test-model"));
    start->click();
    QTRY_VERIFY(!welcome->isVisible());
    context->settings().raw().sync();
    const ProfileList profiles = ProfileList::load(context->settings());
    const ProviderProfile chosen = profiles.defaultProfile();
    QCOMPARE(chosen.preset, QStringLiteral("custom"));
    QCOMPARE(chosen.baseUrl, m_server->baseUrl());
    QCOMPARE(chosen.defaultModel, QStringLiteral("test-model"));
    QCOMPARE(profiles.profiles().size(), 2); // the test profile stays
}

// The brief's per-conversation system prompt: set from the header, stored with the conversation,
// sent first, and exported.
void TstChatWorkflow::aConversationKeepsItsOwnSystemPrompt()
{
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newConversation();
    auto *button = window.findChild<QToolButton *>(QStringLiteral("systemPromptButton"));
    QVERIFY(button->isEnabled());
    QVERIFY(!button->isChecked());
    button->click();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("systemPromptDialog"));
    QVERIFY(dialog);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("systemPromptEditor"))->setPlainText(QStringLiteral("Answer in Thai."));
    dialog->accept();
    QTRY_VERIFY(button->isChecked());
    QCOMPARE(context->store().conversation(window.currentConversation())->systemPrompt, QStringLiteral("Answer in Thai."));

    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("สวัสดี")}, 5, 2));
    typeAndSend(window, QStringLiteral("Hello"));
    QTRY_COMPARE(chatRequestCount(), 1);
    const QJsonArray sent = lastChatRequest().jsonBody().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QCOMPARE(sent.first().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Answer in Thai."));
    const std::optional<ConversationDocument> document = context->store().document(window.currentConversation());
    QVERIFY(document);
    QVERIFY(ConversationJson::toJson(*document).contains("\"system_prompt\": \"Answer in Thai.\""));
}

// Problem 12: a request the provider refused cost nothing and says so; a reply that took retries
// counts their waits in its total and says how many attempts it took.
void TstChatWorkflow::aRefusalIsNotChargedAndRetriesCountInTheTotal()
{
    m_server->enqueueChat(ScriptedResponse::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                                        QStringLiteral("invalid_request_error")));
    ScriptedResponse slowDown = ScriptedResponse::openAiError(429, QStringLiteral("Slow down"),
                                                              QStringLiteral("rate_limit_error"));
    slowDown.headers.append(qMakePair(QByteArray("retry-after-ms"), QByteArray("400")));
    m_server->enqueueChat(slowDown);
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Second time lucky")}, 5, 2));
    auto context = makeContext();
    context->settings().setValue(AppSettings::Retries, 1);
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    auto *transcript = window.findChild<TranscriptView *>();

    typeAndSend(window, QStringLiteral("Refused?"));
    QTRY_VERIFY(bannerButton(window, BannerNotice::Action::SetKey));
    const Message refused = context->store().messages(window.currentConversation()).constLast();
    QCOMPARE(refused.state, Message::State::Error);
    QVERIFY(refused.cost);
    QCOMPARE(refused.cost->source(), CostEstimate::Source::NotCharged);
    QCOMPARE(refused.cost->amount(), 0.0);
    QVERIFY(context->store().spending(QDateTime::fromMSecsSinceEpoch(0)).isEmpty()); // nothing was paid
    const int row = transcript->model()->rowOf(refused.id);
    QVERIFY2(MessageLayout::footerText(transcript->model()->message(row)).contains(QStringLiteral("not charged")),
             qPrintable(MessageLayout::footerText(transcript->model()->message(row))));

    window.newConversation();
    typeAndSend(window, QStringLiteral("Patience"));
    QTRY_COMPARE(context->store().messages(window.currentConversation()).size(), 2);
    QTRY_COMPARE(context->store().messages(window.currentConversation()).constLast().state, Message::State::Complete);
    const Message answered = context->store().messages(window.currentConversation()).constLast();
    QCOMPARE(answered.stats->attempts, 2);
    QVERIFY2(answered.stats->totalMs.value_or(0) >= 400, qPrintable(QString::number(answered.stats->totalMs.value_or(0))));
    QTRY_VERIFY(transcript->model()->rowOf(answered.id) >= 0);
    const QString footer = MessageLayout::footerText(transcript->model()->message(transcript->model()->rowOf(answered.id)));
    QVERIFY2(footer.contains(QStringLiteral("over 2 attempt")) /* English plural forms come from tally_en, not loaded here */, qPrintable(footer));
}

// Problem 12: the header named the requested model once the reply was in and the reported one
// after reopening. Now both name the model that answered (the one the figures are for).
void TstChatWorkflow::theReplyNamesOneModelStreamedAndReopened()
{
    // The provider answers for "stepfun-v3" with another model, as gateways do.
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("From a stand-in")}, 5, 2));
    auto context = makeContext();
    QString streamed;
    qint64 id = 0;
    {
        MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
        typeAndSend(window, QStringLiteral("Who answers?"));
        id = window.currentConversation();
        QTRY_COMPARE(context->store().messages(id).constLast().state, Message::State::Complete);
        const Message reply = context->store().messages(id).constLast();
        TranscriptModel *shown = window.findChild<TranscriptView *>()->model();
        QTRY_COMPARE(shown->message(shown->rowOf(reply.id)).state, Message::State::Complete);
        streamed = MessageLayout::headerText(shown->message(shown->rowOf(reply.id)));
        window.close();
    }
    QCOMPARE(streamed, QStringLiteral("Assistant · test-model"));
    MainWindow again(*context);
    again.show();
    again.selectConversation(id);
    TranscriptModel *reopened = again.findChild<TranscriptView *>()->model();
    const Message reply = context->store().messages(id).constLast();
    QCOMPARE(MessageLayout::headerText(reopened->message(reopened->rowOf(reply.id))), streamed);
}

namespace {
// A keychain that is there but never answers a read (its answer comes only when the test says)
// and cannot store anything: a locked or absent keychain, as a newcomer without one has it.
class StalledKeychain final : public SecretStore
{
public:
    void readSecret(const QString &, QObject *, Callback callback) override { m_reads.append(callback); }
    void writeSecret(const QString &, const QString &, QObject *, Callback callback) override
    {
        callback({SecretResult::Status::NoBackend, QString(), QStringLiteral("no keychain service")});
    }
    void deleteSecret(const QString &, QObject *, Callback callback) override
    {
        callback({SecretResult::Status::NoBackend, QString(), QStringLiteral("no keychain service")});
    }
    int pendingReads() const { return int(m_reads.size()); }
    // The late answers of the reads made so far: nothing stored.
    void answerReads()
    {
        for (const Callback &callback : std::exchange(m_reads, {}))
            callback({SecretResult::Status::NotFound, QString(), QString()});
    }

private:
    QList<Callback> m_reads;
};
} // namespace

// Problem 7 without a keychain: the welcome panel does not wait for a lookup that takes seconds,
// the key pasted lives for the session, and the lookup's late answer does not take it away.
void TstChatWorkflow::aFirstStartWithoutAKeychainDoesNotWaitForIt()
{
    WindowTestSupport::writeTestProfile(*m_dir, m_server->baseUrl(), 0);
    auto *keychain = new StalledKeychain;
    AppContext context(AppContext::Paths{m_dir->filePath(QStringLiteral("tally.ini")),
                                         m_dir->filePath(QStringLiteral("tally.db"))},
                       keychain);
    MainWindow window(context);
    QWidget *welcome = showFirstStart(window); // waits at most 5 s, the lookup never ends
    QVERIFY(welcome && welcome->isVisible());

    window.findChild<QLineEdit *>(QStringLiteral("welcomeKey"))->setText(QStringLiteral("sk-session-only"));
    window.findChild<QPushButton *>(QStringLiteral("welcomeStart"))->click();
    QTRY_VERIFY(!welcome->isVisible());
    QTRY_VERIFY(banner(window)->text().contains(QStringLiteral("could not store the key")));
    auto *composerStatus = window.findChild<QLabel *>(QStringLiteral("composerStatus"));
    QTRY_VERIFY(composerStatus->isHidden()); // the session key was found: nothing blocks sending
    QVERIFY(keychain->pendingReads() > 0);
    keychain->answerReads(); // the first lookup's answer, seconds late: no key in the keychain
    QTest::qWait(50);
    QVERIFY(!welcome->isVisible());
    QVERIFY2(composerStatus->isHidden(), qPrintable(composerStatus->text()));

    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Still here")}, 5, 2));
    typeAndSend(window, QStringLiteral("Does the key stay?"));
    QTRY_COMPARE(chatRequestCount(), 1);
    QCOMPARE(lastChatRequest().header("Authorization"), QByteArray("Bearer sk-session-only"));
}

QTEST_MAIN(TstChatWorkflow)
#include "tst_chatworkflow.moc"
