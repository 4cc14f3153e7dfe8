// The transcript's item model: rows follow the conversation, a streaming reply changes in place.
#include "transcript/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
Message message(qint64 id, const QString &content, Message::Role role = Message::Role::User)
{
    Message m;
    m.id = id;
    m.role = role;
    m.content = content;
    return m;
}
} // namespace

class TstTranscriptModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheConversation();
    void streamingChangesOneRowInPlace();
};

void TstTranscriptModel::rowsFollowTheConversation()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages({message(1, QStringLiteral("one")), message(2, QStringLiteral("two"), Message::Role::Assistant)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), QStringLiteral("two"));
    QCOMPARE(model.data(model.index(1), TranscriptModel::RoleRole).toString(), QStringLiteral("assistant"));
    QCOMPARE(model.data(model.index(0), Qt::AccessibleTextRole).toString(), QStringLiteral("You"));
    model.append(message(3, QStringLiteral("three")));
    QCOMPARE(model.rowOf(3), 2);
    model.remove(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(2), -1);
    QCOMPARE(model.rowOf(3), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstTranscriptModel::streamingChangesOneRowInPlace()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessages({message(1, QStringLiteral("question")), message(2, QString(), Message::Role::Assistant)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateText(2, QStringLiteral("par"), QStringLiteral("think"));
    model.updateText(2, QStringLiteral("partial"), QStringLiteral("think"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.constLast().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.message(1).content, QStringLiteral("partial"));
    QCOMPARE(model.message(1).reasoning, QStringLiteral("think"));
    Message done = model.message(1);
    done.content = QStringLiteral("partial answer");
    done.state = Message::State::Complete;
    model.replace(done);
    QCOMPARE(model.message(1).state, Message::State::Complete);
    model.updateText(99, QStringLiteral("nobody"), QString()); // unknown ids change nothing
    QCOMPARE(changed.size(), 3);
}

QTEST_MAIN(TstTranscriptModel)
#include "tst_transcriptmodel.moc"
