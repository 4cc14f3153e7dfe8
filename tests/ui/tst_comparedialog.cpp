// Tools › Compare offscreen: three models at once against the test server, one failing (a 500
// or a 401): the other two finish with their figures, the failing one shows its error, and
// "Continue with this one" opens a conversation with that exchange in the window.
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "bench/CompareDialog.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"
#include "main/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "store/ConversationStore.h"

#include "TestServer.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TstCompareDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneFailsTheOthersFinish_data();
    void oneFailsTheOthersFinish();
    void continueOpensTheConversationInTheWindow();
    void needsTwoToFourModels();

private:
    std::unique_ptr<AppContext> makeContext();
    static void sendPrompt(CompareDialog &dialog, const QString &prompt);

    QTemporaryDir *m_dir = nullptr;
    TestServer *m_server = nullptr;
    int m_failStatus = 500;
};

void TstCompareDialog::initTestCase()
{
    AppInfo::registerApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstCompareDialog::init()
{
    m_dir = new QTemporaryDir;
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_failStatus = 500;
    m_server->setHandler("/v1/chat/completions", [this](const RecordedRequest &request) {
        const QString model = request.jsonBody().value(QStringLiteral("model")).toString();
        if (model == u"model-b")
            return ScriptedResponse::openAiError(m_failStatus, QStringLiteral("model-b is down"), QStringLiteral("server_error"));
        // Each model answers with its own name, in pieces, with usage.
        QList<QByteArray> events;
        for (const QString &piece : {QStringLiteral("Answer"), QStringLiteral(" from "), model})
            events.append(ScriptedResponse::sseData(ScriptedResponse::contentChunk(piece, model)));
        events.append(ScriptedResponse::sseData(ScriptedResponse::finishChunk(QStringLiteral("stop"), model)));
        events.append(ScriptedResponse::sseData(ScriptedResponse::usageChunk(8, 3, model)));
        events.append(ScriptedResponse::sseDone());
        return ScriptedResponse::eventStream(events, 20);
    });
}

void TstCompareDialog::cleanup()
{
    delete m_server;
    delete m_dir;
}

std::unique_ptr<AppContext> TstCompareDialog::makeContext()
{
    const QString settingsPath = m_dir->filePath(QStringLiteral("tally.ini"));
    {
        AppSettings settings(settingsPath);
        ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("custom")),
                                                              QStringLiteral("local"));
        profile.baseUrl = m_server->baseUrl();
        profile.defaultModel = QStringLiteral("model-a");
        profile.needsKey = false;
        settings.setProfiles({profile});
        settings.setDefaultProfileName(QStringLiteral("local"));
        settings.setValue(AppSettings::Retries, 0); // the failing column fails at once
        settings.sync();
    }
    auto context = std::make_unique<AppContext>(
        AppContext::Paths{settingsPath, m_dir->filePath(QStringLiteral("tally.db"))}, new MemorySecretStore);
    if (!context->openDatabase().ok())
        qWarning("the database did not open");
    return context;
}

void TstCompareDialog::sendPrompt(CompareDialog &dialog, const QString &prompt)
{
    auto *editor = dialog.findChild<QPlainTextEdit *>(QStringLiteral("comparePrompt"));
    editor->setFocus();
    QTest::keyClicks(editor, prompt);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("compareSend")), Qt::LeftButton);
}

void TstCompareDialog::oneFailsTheOthersFinish_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("401") << 401;
}

void TstCompareDialog::oneFailsTheOthersFinish()
{
    QFETCH(int, status);
    m_failStatus = status;
    auto context = makeContext();
    CompareDialog dialog(*context);
    dialog.show();
    dialog.setEntries({{QStringLiteral("local"), QStringLiteral("model-a")},
                       {QStringLiteral("local"), QStringLiteral("model-b")},
                       {QStringLiteral("local"), QStringLiteral("model-c")}});
    sendPrompt(dialog, QStringLiteral("Which is best?"));
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    QCOMPARE(m_server->requestCount(), 3); // all three at once, one request each
    for (int column : {0, 2}) {
        QWidget *view = dialog.findChild<QWidget *>(QStringLiteral("compareColumn%1").arg(column));
        const QString model = column == 0 ? QStringLiteral("model-a") : QStringLiteral("model-c");
        QCOMPARE(view->findChild<QPlainTextEdit *>(QStringLiteral("compareAnswer"))->toPlainText(),
                 QStringLiteral("Answer from ") + model);
        const QString figures = view->findChild<QLabel *>(QStringLiteral("compareFigures"))->text();
        QVERIFY2(figures.contains(QStringLiteral("TTFT ")) && figures.contains(QStringLiteral("total "))
                     && figures.contains(QStringLiteral("tok/s")) && figures.contains(QStringLiteral("8 → 3 tokens"))
                     && figures.contains(QStringLiteral("cost")),
                 qPrintable(figures));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("compareError"))->isHidden());
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("compareContinue"))->isEnabled());
    }
    QWidget *failed = dialog.findChild<QWidget *>(QStringLiteral("compareColumn1"));
    auto *error = failed->findChild<QLabel *>(QStringLiteral("compareError"));
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QString::number(status)), qPrintable(error->text()));
    // A refused request is not billed: no tokens or cost are made up for it.
    const QString figures = failed->findChild<QLabel *>(QStringLiteral("compareFigures"))->text();
    QVERIFY2(figures.contains(QStringLiteral("not billed")) && !figures.contains(QStringLiteral("tokens")), qPrintable(figures));
    QVERIFY(!failed->findChild<QPushButton *>(QStringLiteral("compareContinue"))->isEnabled());
}

void TstCompareDialog::continueOpensTheConversationInTheWindow()
{
    auto context = makeContext();
    MainWindow window(*context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionCompare"))->trigger();
    auto *dialog = window.findChild<CompareDialog *>();
    QVERIFY(dialog);
    dialog->setEntries({{QStringLiteral("local"), QStringLiteral("model-a")},
                        {QStringLiteral("local"), QStringLiteral("model-b")},
                        {QStringLiteral("local"), QStringLiteral("model-c")}});
    sendPrompt(*dialog, QStringLiteral("Compare this"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    QSignalSpy created(dialog, &CompareDialog::conversationCreated);
    QWidget *third = dialog->findChild<QWidget *>(QStringLiteral("compareColumn2"));
    QTest::mouseClick(third->findChild<QPushButton *>(QStringLiteral("compareContinue")), Qt::LeftButton);
    QCOMPARE(created.count(), 1);
    const qint64 id = created.first().first().toLongLong();
    // The exchange is stored: the question, and model-c's answer with its stats and cost.
    const QList<Message> messages = context->store().messages(id);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).content, QStringLiteral("Compare this"));
    QCOMPARE(messages.at(1).content, QStringLiteral("Answer from model-c"));
    QCOMPARE(messages.at(1).model, QStringLiteral("model-c"));
    QVERIFY(messages.at(1).stats.has_value());
    QCOMPARE(messages.at(1).stats->usage.completionTokens, 3);
    QCOMPARE(context->store().conversation(id)->model, QStringLiteral("model-c"));
    // ...and the window shows it.
    auto *transcript = window.findChild<TranscriptView *>(QStringLiteral("transcriptView"));
    QTRY_VERIFY(transcript->model()->rowCount() == 2
                && transcript->messageText(1).contains(QStringLiteral("Answer from model-c")));
    QTRY_VERIFY(!window.findChild<CompareDialog *>()); // closed, and gone
}

void TstCompareDialog::needsTwoToFourModels()
{
    auto context = makeContext();
    CompareDialog dialog(*context);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("compareAddModel"));
    auto *send = dialog.findChild<QPushButton *>(QStringLiteral("compareSend"));
    QVERIFY(send->isEnabled()); // two rows to begin with
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!add->isEnabled()); // four is the most
    dialog.setEntries({{QStringLiteral("local"), QStringLiteral("model-a")}});
    QVERIFY(!send->isEnabled());
    QVERIFY(add->isEnabled());
}

QTEST_MAIN(TstCompareDialog)
#include "tst_comparedialog.moc"
