// Tools › Benchmark offscreen against the test server: the progress moves while the table and
// histogram fill, Stop keeps a partial result, a run is in the history after reopening, two
// runs side by side, exports, and the cost question above the threshold asked in place.
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "bench/BenchHistoryPanel.h"
#include "bench/BenchResult.h"
#include "bench/BenchmarkDialog.h"
#include "bench/LatencyHistogramView.h"
#include "common/FileDialogs.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "store/BenchmarkStore.h"

#include "TestServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TstBenchmarkDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void progressMovesAndTableAndHistogramFill();
    void stopMidRunKeepsThePartialResult();
    void runsAreInTheHistoryAfterReopeningAndSideBySide();
    void queuedModelsRunOneAfterAnother();
    void aCostlyRunAsksFirstInPlace();

private:
    std::unique_ptr<AppContext> makeContext(bool withPrice = false);
    static void setRequests(BenchmarkDialog &dialog, int requests, int concurrency);
    static QPushButton *button(BenchmarkDialog &dialog, const char *name);

    QTemporaryDir *m_dir = nullptr;
    TestServer *m_server = nullptr;
    int m_hangAfter = -1; // requests after this many never answer (-1: all answer)
    int m_served = 0;
};

void TstBenchmarkDialog::initTestCase()
{
    AppInfo::registerApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstBenchmarkDialog::init()
{
    m_dir = new QTemporaryDir;
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_hangAfter = -1;
    m_served = 0;
    m_server->setHandler("/v1/chat/completions", [this](const RecordedRequest &) {
        ScriptedResponse response = ScriptedResponse::chatStream({QStringLiteral("Hi"), QStringLiteral(" there")}, 10, 2, 5);
        response.headerDelayMs = 10;
        response.sendNothing = m_hangAfter >= 0 && ++m_served > m_hangAfter;
        return response;
    });
}

void TstBenchmarkDialog::cleanup()
{
    delete m_server;
    delete m_dir;
}

std::unique_ptr<AppContext> TstBenchmarkDialog::makeContext(bool withPrice)
{
    const QString settingsPath = m_dir->filePath(QStringLiteral("tally.ini"));
    {
        AppSettings settings(settingsPath);
        ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("custom")),
                                                              QStringLiteral("local"));
        profile.baseUrl = m_server->baseUrl();
        profile.defaultModel = QStringLiteral("test-model");
        profile.needsKey = false;
        settings.setProfiles({profile});
        settings.setDefaultProfileName(QStringLiteral("local"));
        if (withPrice) {
            ModelPrice price;
            price.setProvider(QStringLiteral("custom"));
            price.setModel(QStringLiteral("test-model"));
            price.setInputPrice(100);
            price.setOutputPrice(100);
            price.setCurrency(QStringLiteral("USD"));
            settings.setPriceOverrides({price});
        }
        settings.sync();
    }
    auto context = std::make_unique<AppContext>(
        AppContext::Paths{settingsPath, m_dir->filePath(QStringLiteral("tally.db"))}, new MemorySecretStore);
    if (!context->openDatabase().ok())
        qWarning("the database did not open");
    return context;
}

void TstBenchmarkDialog::setRequests(BenchmarkDialog &dialog, int requests, int concurrency)
{
    dialog.findChild<QSpinBox *>(QStringLiteral("benchRequests"))->setValue(requests);
    dialog.findChild<QSpinBox *>(QStringLiteral("benchConcurrency"))->setValue(concurrency);
}

QPushButton *TstBenchmarkDialog::button(BenchmarkDialog &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1String(name));
}

void TstBenchmarkDialog::progressMovesAndTableAndHistogramFill()
{
    auto context = makeContext();
    BenchmarkDialog dialog(*context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setRequests(dialog, 60, 2);
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("benchProgress"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("benchResultTable"));
    auto *histogram = dialog.findChild<LatencyHistogramView *>(QStringLiteral("benchHistogram"));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(histogram->bins().isEmpty());
    QTest::mouseClick(button(dialog, "benchStart"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    // Mid-run: part of the bar, live figures and a table that already has rows.
    QTRY_VERIFY(progress->value() > 0 && progress->value() < 60);
    QVERIFY(table->rowCount() > 0);
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("benchLive"))->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    QCOMPARE(progress->value(), 60);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Average latency"));
    QVERIFY(table->item(0, 1)->text().endsWith(QStringLiteral(" ms")));
    QVERIFY(!histogram->bins().isEmpty());
    QCOMPARE(histogram->histogram().count(), 60u); // TTFT of every measured request
    // The histogram shows what is chosen: per-token ITL has its own counts.
    dialog.findChild<QComboBox *>(QStringLiteral("benchHistogramMetric"))->setCurrentIndex(2);
    QCOMPARE(histogram->histogram().count(), 60u); // one gap of one token per reply
    histogram->grab(); // paints without a crash, with data
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("benchStatus"))->text().contains(QStringLiteral("Done")));
    QCOMPARE(dialog.findChild<BenchHistoryPanel *>()->runCount(), 1);
}

void TstBenchmarkDialog::stopMidRunKeepsThePartialResult()
{
    m_hangAfter = 7; // 2 warm-up, 5 measured, then nothing answers
    auto context = makeContext();
    BenchmarkDialog dialog(*context);
    dialog.show();
    setRequests(dialog, 100, 2);
    QTest::mouseClick(button(dialog, "benchStart"), Qt::LeftButton);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("benchResultTable"));
    QTRY_COMPARE(m_server->requestCount(), 9);
    QTRY_VERIFY(table->rowCount() > 0);
    QTest::mouseClick(button(dialog, "benchStop"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isRunning());
    QVERIFY(button(dialog, "benchStart")->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("benchEta"))->text().contains(QStringLiteral("partial")));
    const QList<BenchmarkRun> runs = BenchmarkStore(context->database()).list();
    QCOMPARE(runs.size(), 1);
    QVERIFY(!runs.first().complete);
    const BenchResult stored = *BenchResult::fromJson(QJsonDocument::fromJson(runs.first().summary).object());
    QCOMPARE(stored.stop, BenchResult::Stop::Stopped);
    QCOMPARE(stored.successes(), 5u);
    QCOMPARE(stored.count(BenchRecord::Outcome::Cancelled), 2u);
}

void TstBenchmarkDialog::runsAreInTheHistoryAfterReopeningAndSideBySide()
{
    auto context = makeContext();
    for (int run = 0; run < 2; ++run) {
        BenchmarkDialog dialog(*context);
        setRequests(dialog, 10 + run * 10, 2);
        QTest::mouseClick(button(dialog, "benchStart"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    }
    BenchmarkDialog reopened(*context);
    reopened.show();
    auto *history = reopened.findChild<BenchHistoryPanel *>();
    QCOMPARE(history->runCount(), 2);
    auto *list = reopened.findChild<QTreeWidget *>(QStringLiteral("benchHistoryList"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("test-model"));
    history->selectRows({0, 1});
    auto *sideBySide = reopened.findChild<QTableWidget *>(QStringLiteral("benchCompareTable"));
    QCOMPARE(sideBySide->columnCount(), 3); // metric, newer run, older run
    QCOMPARE(sideBySide->item(0, 0)->text(), QStringLiteral("Average latency"));
    QVERIFY(!sideBySide->item(0, 1)->text().isEmpty());

    QTest::mouseClick(reopened.findChild<QPushButton *>(QStringLiteral("benchCopyMarkdown")), Qt::LeftButton);
    const QString markdown = QApplication::clipboard()->text();
    QVERIFY(markdown.startsWith(QStringLiteral("| Metric | test-model")));
    const QString csvPath = m_dir->filePath(QStringLiteral("runs.csv"));
    FileDialogs::setNextSaveFileName(csvPath);
    QTest::mouseClick(reopened.findChild<QPushButton *>(QStringLiteral("benchExportCsv")), Qt::LeftButton);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 3); // header and the two runs
    const QString jsonPath = m_dir->filePath(QStringLiteral("runs.json"));
    FileDialogs::setNextSaveFileName(jsonPath);
    QTest::mouseClick(reopened.findChild<QPushButton *>(QStringLiteral("benchExportJson")), Qt::LeftButton);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), 2);
}

void TstBenchmarkDialog::queuedModelsRunOneAfterAnother()
{
    auto context = makeContext();
    BenchmarkDialog dialog(*context);
    dialog.show();
    setRequests(dialog, 5, 1);
    auto *model = dialog.findChild<QComboBox *>(QStringLiteral("benchModel"));
    for (const QString &id : {QStringLiteral("model-a"), QStringLiteral("model-b")}) {
        model->setCurrentText(id);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("benchAddModel")), Qt::LeftButton);
    }
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("benchModelQueue"))->count(), 2);
    QTest::mouseClick(button(dialog, "benchStart"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    const QList<BenchmarkRun> runs = BenchmarkStore(context->database()).list();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).model, QStringLiteral("model-b"));
    QCOMPARE(runs.at(1).model, QStringLiteral("model-a"));
    QCOMPARE(m_server->requestCount(), 2 * 7);
    QCOMPARE(m_server->requests().first().jsonBody().value(QStringLiteral("model")).toString(), QStringLiteral("model-a"));
}

void TstBenchmarkDialog::aCostlyRunAsksFirstInPlace()
{
    auto context = makeContext(true);
    BenchmarkDialog dialog(*context);
    dialog.show();
    setRequests(dialog, 10, 2);
    dialog.setConfirmThreshold(0.001);
    auto *worstCase = dialog.findChild<QLabel *>(QStringLiteral("benchWorstCase"));
    QVERIFY2(worstCase->text().contains(QStringLiteral("At most $")), qPrintable(worstCase->text()));
    auto *confirm = dialog.findChild<QFrame *>(QStringLiteral("benchConfirm"));
    QVERIFY(!confirm->isVisible());
    QTest::mouseClick(button(dialog, "benchStart"), Qt::LeftButton);
    QVERIFY(confirm->isVisible());
    QVERIFY(!dialog.isRunning());
    QCOMPARE(m_server->requestCount(), 0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("benchConfirmNo")), Qt::LeftButton);
    QVERIFY(!confirm->isVisible());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 0);
    QTest::mouseClick(button(dialog, "benchStart"), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("benchConfirmYes")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    QCOMPARE(m_server->requestCount(), 12);
    // Under the threshold it starts at once.
    dialog.setConfirmThreshold(1000);
    QTest::mouseClick(button(dialog, "benchStart"), Qt::LeftButton);
    QVERIFY(!confirm->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    QCOMPARE(m_server->requestCount(), 24);
}

QTEST_MAIN(TstBenchmarkDialog)
#include "tst_benchmarkdialog.moc"
