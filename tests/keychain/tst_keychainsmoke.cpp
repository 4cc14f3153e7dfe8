// A smoke test of the keychain harness: QtKeychain writes, reads, overwrites and deletes a
// secret in the real Secret Service that the test runner started for this test.
#include "app/AppInfo.h"

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int kJobTimeoutMs = 15000;

// Runs a job to completion on the event loop and returns its error code and text.
QPair<QKeychain::Error, QString> runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(kJobTimeoutMs))
        return {QKeychain::OtherError, QStringLiteral("timed out")};
    const QPair<QKeychain::Error, QString> result{job->error(), job->errorString()};
    delete job;
    return result;
}

} // namespace

class TstKeychainSmoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesReadsOverwritesAndDeletes();
};

void TstKeychainSmoke::initTestCase()
{
    AppInfo::registerApplication();
}

void TstKeychainSmoke::writesReadsOverwritesAndDeletes()
{
    const QString service = AppInfo::applicationId() + QStringLiteral(".test");
    const QString key = QStringLiteral("smoke/profile-1");

    for (const QString &secret : {QStringLiteral("sk-first-value"), QStringLiteral("sk-second-ค่า-值")}) {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setInsecureFallback(false);
        write->setKey(key);
        write->setTextData(secret);
        const auto [writeError, writeText] = runJob(write);
        QVERIFY2(writeError == QKeychain::NoError, qPrintable(writeText));

        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setAutoDelete(false);
        read->setKey(key);
        QSignalSpy finished(read, &QKeychain::Job::finished);
        read->start();
        QVERIFY(finished.wait(kJobTimeoutMs));
        QVERIFY2(read->error() == QKeychain::NoError, qPrintable(read->errorString()));
        QCOMPARE(read->textData(), secret);
        delete read;
    }

    auto *remove = new QKeychain::DeletePasswordJob(service);
    remove->setKey(key);
    const auto [deleteError, deleteText] = runJob(remove);
    QVERIFY2(deleteError == QKeychain::NoError, qPrintable(deleteText));

    auto *readAgain = new QKeychain::ReadPasswordJob(service);
    readAgain->setKey(key);
    const auto [missingError, missingText] = runJob(readAgain);
    QCOMPARE(missingError, QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TstKeychainSmoke)
#include "tst_keychainsmoke.moc"
