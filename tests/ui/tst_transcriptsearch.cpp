// Find in a conversation: matches counted per message, the n-th found without holding them all.
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptSearch.h"

#include <QTest>

class TstTranscriptSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAreCountedAndWalked();
};

void TstTranscriptSearch::matchesAreCountedAndWalked()
{
    TranscriptModel model;
    QList<Message> messages;
    for (const QString &text : {QStringLiteral("Cat cat"), QStringLiteral("dog"), QStringLiteral("a CAT"), QString()}) {
        Message m;
        m.id = messages.size() + 1;
        m.content = text;
        messages << m;
    }
    model.setMessages(messages);
    TranscriptSearch search;
    search.setText(QStringLiteral("cat"), model);
    QCOMPARE(search.count(), 3);
    QCOMPARE(search.match(0, model).row, 0);
    QCOMPARE(search.match(1, model).offset, 4);
    QCOMPARE(search.match(2, model).row, 2);
    QCOMPARE(search.match(2, model).offset, 2);
    QVERIFY(!search.match(3, model).isValid());
    QCOMPARE(search.firstFrom(1), 2);
    QCOMPARE(search.indexOf(search.match(1, model), model), 1);
    // A reply grows: only its row is counted again.
    model.updateText(4, QStringLiteral("cat and cat"), QString());
    search.recountRow(3, model);
    QCOMPARE(search.count(), 5);
    search.setText(QString(), model);
    QCOMPARE(search.count(), 0);
    QCOMPARE(search.firstFrom(0), -1);
}

QTEST_GUILESS_MAIN(TstTranscriptSearch)
#include "tst_transcriptsearch.moc"
