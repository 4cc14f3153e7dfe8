// The benchmark history: runs stored whole in schema v5, listed newest first, read back, removed.
#include "store/BenchmarkStore.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

class TstBenchmarkStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListReadRemove();
    void survivesReopening();
};

void TstBenchmarkStore::addListReadRemove()
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("tally.db")));
    QVERIFY(database.open().ok());
    BenchmarkStore store(database);
    BenchmarkRun older;
    older.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    older.model = QStringLiteral("a");
    older.summary = R"({"format":"tally-bench","n":1})";
    BenchmarkRun newer = older;
    newer.createdAt = older.createdAt.addDays(1);
    newer.model = QStringLiteral("b");
    newer.host = QStringLiteral("api.example.test");
    newer.profile = QStringLiteral("p");
    newer.complete = true;
    newer.summary = "{\"text\":\"ไทย 中文\"}";
    StoreError error;
    const std::optional<BenchmarkRun> first = store.add(older, &error);
    QVERIFY2(first, qPrintable(error.message()));
    const std::optional<BenchmarkRun> second = store.add(newer, &error);
    QVERIFY(second && second->id > first->id);
    const QList<BenchmarkRun> runs = store.list();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.first().model, QStringLiteral("b"));
    QCOMPARE(runs.first(), *second);
    QCOMPARE(*store.run(first->id), *first);
    QCOMPARE(store.run(second->id)->summary, newer.summary); // kept byte for byte
    QVERIFY(store.remove(first->id));
    QCOMPARE(store.list().size(), 1);
    QVERIFY(!store.run(first->id, &error));
    QCOMPARE(error.kind(), StoreError::Kind::NotFound);
}

void TstBenchmarkStore::survivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tally.db"));
    qint64 id = 0;
    {
        Database database(path);
        QVERIFY(database.open().ok());
        BenchmarkRun run;
        run.summary = "{}";
        id = BenchmarkStore(database).add(run)->id;
    }
    Database database(path);
    const Database::OpenResult opened = database.open();
    QVERIFY(opened.ok());
    QCOMPARE(opened.versionFound, Database::kSchemaVersion);
    QVERIFY(BenchmarkStore(database).run(id));
}

QTEST_GUILESS_MAIN(TstBenchmarkStore)
#include "tst_benchmarkstore.moc"
