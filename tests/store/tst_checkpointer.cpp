// Checkpointer on its own: a checkpoint asked for runs on its own thread and copies the log
// into the file while the caller goes on; requests made before it starts are one; destroying it
// with a request queued waits for it and leaves the file whole.
#include "store/Checkpointer.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TstCheckpointer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aRequestCopiesTheLogIntoTheFileOnItsOwnThread();
    void destroyingItWithARequestQueuedLeavesTheFileWhole();
    void aFileItCannotOpenIsLeftAlone();

private:
    // Writes `characters` of text into the log (not the file: automatic checkpoints are off).
    void writeToTheLog(Database &database, int characters);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Characters a file: URI must escape, so the checkpoint opens this file and no other.
    m_path = m_dir->filePath(QStringLiteral("tally #1 100%?.db"));
}

void TstCheckpointer::writeToTheLog(Database &database, int characters)
{
    ConversationStore store(database);
    Conversation conversation;
    conversation.title = QString(characters, u'x');
    QVERIFY(store.createConversation(conversation));
}

void TstCheckpointer::aRequestCopiesTheLogIntoTheFileOnItsOwnThread()
{
    Database database(m_path);
    QVERIFY(database.open().ok());
    database.checkpoint();
    const qint64 before = QFileInfo(m_path).size();
    writeToTheLog(database, 300'000);
    QCOMPARE(QFileInfo(m_path).size(), before);

    Checkpointer checkpointer(m_path);
    checkpointer.request();
    checkpointer.request(); // before the first ran: the same one, or one more; never lost
    QTRY_VERIFY(checkpointer.completed() >= 1);
    QTRY_VERIFY(QFileInfo(m_path).size() > before + 250'000);
    QVERIFY(checkpointer.completed() <= 2);
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
}

void TstCheckpointer::destroyingItWithARequestQueuedLeavesTheFileWhole()
{
    Database database(m_path);
    QVERIFY(database.open().ok());
    writeToTheLog(database, 100'000);
    {
        Checkpointer checkpointer(m_path);
        checkpointer.request();
    }
    writeToTheLog(database, 10); // the window's connection goes on writing
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
}

void TstCheckpointer::aFileItCannotOpenIsLeftAlone()
{
    // A file moved away while Tally runs, in a folder that is there: not created again.
    for (const QString &missing : {m_dir->filePath(QStringLiteral("gone #1?.db")),
                                   m_dir->filePath(QStringLiteral("no/such/folder/tally.db"))}) {
        Checkpointer checkpointer(missing);
        checkpointer.request();
        QTest::qWait(200); // nothing more happens after this: no checkpoint, no file, no crash
        QCOMPARE(checkpointer.completed(), 0);
        QVERIFY2(!QFileInfo::exists(missing), qPrintable(missing));
    }
}

QTEST_GUILESS_MAIN(TstCheckpointer)
#include "tst_checkpointer.moc"
