#include "store/Checkpointer.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace {

QAtomicInteger<quint64> g_checkpointerCounter;

} // namespace

Checkpointer::Checkpointer(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("tally-checkpoint-%1").arg(g_checkpointerCounter.fetchAndAddRelaxed(1)))
    , m_thread(std::make_unique<QThread>())
    , m_worker(std::make_unique<QObject>())
{
    m_thread->setObjectName(QStringLiteral("Tally checkpoint"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);
}

Checkpointer::~Checkpointer()
{
    // The connection belongs to the thread: it is closed there, after the last checkpoint.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [name = m_connectionName] {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_worker.reset(); // its thread has ended: deleting it here is safe
}

void Checkpointer::request()
{
    if (m_pending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_worker.get(), [this] { run(); }, Qt::QueuedConnection);
}

void Checkpointer::run()
{
    m_pending = false;
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        // mode=rw: a file that is not there (any more) is not created by a checkpoint.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("mode=rw"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        // The window's connection may be writing: wait for it rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI"));
        if (!db.open())
            return; // the next write that ends something asks again; close() checkpoints anyway
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        ++m_completed;
}
