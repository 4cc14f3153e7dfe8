// ApiKey: what counts as a key, and how it is kept out of text that came from a provider
// (issue 13, row 5). The end-to-end checks are in tst_chatstream, tst_clichat and tst_clistore.
#include "domain/ApiKey.h"

#include <QTest>

class TstApiKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usableKeys();
    void redactedForm_data();
    void redactedForm();
    void redactReplacesEveryOccurrence();
    void redactLeavesTextAloneWithoutAKeyToFind();
    void partialMatchAtEnd_data();
    void partialMatchAtEnd();
};

void TstApiKey::usableKeys()
{
    QVERIFY(ApiKey::isUsable(QStringLiteral("sk-x")));
    QVERIFY(!ApiKey::isUsable(QStringLiteral("  ")));
    QVERIFY(!ApiKey::isUsable(QStringLiteral(" YOUR_HOLYSHEEP_API_KEY ")));
    QVERIFY(ApiKey::isPlaceholder(QStringLiteral("YOUR_HOLYSHEEP_API_KEY")));
}

void TstApiKey::redactedForm_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("shown");
    QTest::newRow("sk- key") << QStringLiteral("sk-live-0123456789abcdefWXYZ") << QStringLiteral("sk-…WXYZ");
    QTest::newRow("other prefix") << QStringLiteral("gsk_0123456789abcdefqrst") << QStringLiteral("…qrst");
    QTest::newRow("short sk- key") << QStringLiteral("sk-cli-test") << QStringLiteral("sk-…");
    QTest::newRow("short key") << QStringLiteral("abcdefgh") << QStringLiteral("…");
    QTest::newRow("spaces around") << QStringLiteral("  sk-live-0123456789abcdefWXYZ\n") << QStringLiteral("sk-…WXYZ");
}

void TstApiKey::redactedForm()
{
    QFETCH(QString, key);
    QFETCH(QString, shown);
    QCOMPARE(ApiKey::redacted(key), shown);
}

void TstApiKey::redactReplacesEveryOccurrence()
{
    const QString key = QStringLiteral("sk-live-0123456789abcdefWXYZ");
    const QString text = QStringLiteral("Incorrect API key provided: sk-live-0123456789abcdefWXYZ. "
                                        "You sent sk-live-0123456789abcdefWXYZ twice.");
    const QString clean = ApiKey::redact(text, key);
    QVERIFY(!clean.contains(key));
    QCOMPARE(clean, QStringLiteral("Incorrect API key provided: sk-…WXYZ. You sent sk-…WXYZ twice."));
    // The key as the user typed it, with spaces, is found as it was sent: trimmed.
    QCOMPARE(ApiKey::redact(text, QStringLiteral(" ") + key + QStringLiteral(" ")), clean);
    // Several keys (the current one and others stored).
    const QString other = QStringLiteral("sk-other-9876543210zyxwvuts");
    QCOMPARE(ApiKey::redact(QStringLiteral("a ") + key + QStringLiteral(" b ") + other, {key, other}),
             QStringLiteral("a sk-…WXYZ b sk-…vuts"));
}

void TstApiKey::redactLeavesTextAloneWithoutAKeyToFind()
{
    const QString text = QStringLiteral("abc abc YOUR_HOLYSHEEP_API_KEY");
    QCOMPARE(ApiKey::redact(text, QString()), text);
    QCOMPARE(ApiKey::redact(text, QStringLiteral("abc")), text); // too short to look for
    QCOMPARE(ApiKey::redact(text, QStringLiteral("YOUR_HOLYSHEEP_API_KEY")), text); // not a key
}

void TstApiKey::partialMatchAtEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("held");
    QTest::newRow("none") << QStringLiteral("hello world") << 0;
    QTest::newRow("one character") << QStringLiteral("hello s") << 1;
    QTest::newRow("prefix") << QStringLiteral("key: sk-live-01") << 10;
    QTest::newRow("all but the last") << QStringLiteral("sk-live-0123456789abcdefWXY") << 27;
    QTest::newRow("diverged") << QStringLiteral("sk-live-02") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TstApiKey::partialMatchAtEnd()
{
    QFETCH(QString, text);
    QFETCH(int, held);
    QCOMPARE(ApiKey::partialMatchAtEnd(text, QStringLiteral("sk-live-0123456789abcdefWXYZ")), qsizetype(held));
    QCOMPARE(ApiKey::partialMatchAtEnd(text, QStringLiteral("abc")), qsizetype(0));
}

QTEST_GUILESS_MAIN(TstApiKey)
#include "tst_apikey.moc"
