#include "markdown/CodeFence.h"

#include <QTest>

class TstCodeFence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opening_data();
    void opening();
    void closing_data();
    void closing();
    void aHalfLineThatMayStillClose_data();
    void aHalfLineThatMayStillClose();
    void contentLosesTheFenceIndentOnly();
    void openCloserAtEnd_data();
    void openCloserAtEnd();
};

void TstCodeFence::opening_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("length");
    QTest::newRow("backticks") << QStringLiteral("```") << true << QString() << 3;
    QTest::newRow("language") << QStringLiteral("```python") << true << QStringLiteral("python") << 3;
    QTest::newRow("language and more") << QStringLiteral("``` c++ {.numberLines}") << true << QStringLiteral("c++") << 3;
    QTest::newRow("attribute braces") << QStringLiteral("```js{1,3}") << true << QStringLiteral("js") << 3;
    QTest::newRow("tildes") << QStringLiteral("~~~~ json") << true << QStringLiteral("json") << 4;
    QTest::newRow("four backticks") << QStringLiteral("````md") << true << QStringLiteral("md") << 4;
    QTest::newRow("three spaces of indent") << QStringLiteral("   ```") << true << QString() << 3;
    QTest::newRow("four spaces is indented code") << QStringLiteral("    ```") << false << QString() << 0;
    QTest::newRow("two backticks") << QStringLiteral("``x``") << false << QString() << 0;
    QTest::newRow("backtick in info is inline code") << QStringLiteral("``` a`b") << false << QString() << 0;
    QTest::newRow("backtick in a tilde info is fine") << QStringLiteral("~~~ a`b") << true << QStringLiteral("a`b") << 3;
    QTest::newRow("carriage return") << QStringLiteral("```sh\r") << true << QStringLiteral("sh") << 3;
    QTest::newRow("prose") << QStringLiteral("Some text") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
}

void TstCodeFence::opening()
{
    QFETCH(QString, line);
    QFETCH(bool, opens);
    QFETCH(QString, language);
    QFETCH(int, length);
    const std::optional<CodeFence> fence = CodeFence::opening(line);
    QCOMPARE(fence.has_value(), opens);
    if (fence) {
        QCOMPARE(fence->language(), language);
        QCOMPARE(fence->length(), length);
    }
}

void TstCodeFence::closing_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("closes");
    QTest::newRow("same") << QStringLiteral("```") << QStringLiteral("```") << true;
    QTest::newRow("longer closes") << QStringLiteral("```") << QStringLiteral("`````") << true;
    QTest::newRow("shorter does not") << QStringLiteral("````") << QStringLiteral("```") << false;
    QTest::newRow("other character does not") << QStringLiteral("```") << QStringLiteral("~~~") << false;
    QTest::newRow("tilde inside backticks") << QStringLiteral("~~~") << QStringLiteral("```") << false;
    QTest::newRow("text after does not") << QStringLiteral("```") << QStringLiteral("``` python") << false;
    QTest::newRow("trailing spaces do") << QStringLiteral("```") << QStringLiteral("```   ") << true;
    QTest::newRow("indented three") << QStringLiteral("```") << QStringLiteral("   ```") << true;
    QTest::newRow("indented four") << QStringLiteral("```") << QStringLiteral("    ```") << false;
    QTest::newRow("crlf") << QStringLiteral("```") << QStringLiteral("```\r") << true;
}

void TstCodeFence::closing()
{
    QFETCH(QString, open);
    QFETCH(QString, line);
    QFETCH(bool, closes);
    QCOMPARE(CodeFence::opening(open)->isClosedBy(line), closes);
}

void TstCodeFence::aHalfLineThatMayStillClose_data()
{
    // The start of a line whose end has not arrived: may the whole line still close "````"?
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("may");
    QTest::newRow("nothing yet") << QString() << true;
    QTest::newRow("indent only") << QStringLiteral("   ") << true;
    QTest::newRow("a short run grows") << QStringLiteral("``") << true;
    QTest::newRow("long enough") << QStringLiteral("````") << true;
    QTest::newRow("spaces after a full run") << QStringLiteral("`````  ") << true;
    QTest::newRow("carriage return") << QStringLiteral("````\r") << true;
    QTest::newRow("space after a short run") << QStringLiteral("``` ") << false;
    QTest::newRow("text after a full run") << QStringLiteral("```` x") << false;
    QTest::newRow("other character") << QStringLiteral("~~") << false;
    QTest::newRow("four spaces") << QStringLiteral("    ``") << false;
    QTest::newRow("code") << QStringLiteral("x = 1") << false;
}

void TstCodeFence::aHalfLineThatMayStillClose()
{
    QFETCH(QString, start);
    QFETCH(bool, may);
    const CodeFence fence = *CodeFence::opening(u"````");
    QCOMPARE(fence.mayBeClosedBy(start), may);
    // Whatever the half line, if it closes as it is, it may close.
    if (fence.isClosedBy(start))
        QVERIFY(may);
}

void TstCodeFence::contentLosesTheFenceIndentOnly()
{
    const CodeFence fence = *CodeFence::opening(u"  ```");
    QCOMPARE(fence.contentOf(u"    four").toString(), QStringLiteral("  four"));
    QCOMPARE(fence.contentOf(u" one").toString(), QStringLiteral("one"));
    QCOMPARE(fence.contentOf(u"none").toString(), QStringLiteral("none"));
}

void TstCodeFence::openCloserAtEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("closer");
    QTest::newRow("closed") << QStringLiteral("a\n```\nx\n```\nb") << QString();
    QTest::newRow("open") << QStringLiteral("a\n```py\nx") << QStringLiteral("```");
    QTest::newRow("tilde inside an open backtick block") << QStringLiteral("````\n~~~\n```\n") << QStringLiteral("````");
    QTest::newRow("backtick line inside tildes") << QStringLiteral("~~~\n```\n") << QStringLiteral("~~~");
    QTest::newRow("inline code is no fence") << QStringLiteral("``` a`b\ntext") << QString();
    // The hard cases: a marker of the other kind, or a shorter run, inside a block is code.
    QTest::newRow("~~~ inside a ``` block, closed") << QStringLiteral("```\n~~~\nx\n```\nafter") << QString();
    QTest::newRow("~~~ inside a ``` block, open") << QStringLiteral("```sh\n~~~\nx") << QStringLiteral("```");
    QTest::newRow("``` inside a ~~~ block, closed") << QStringLiteral("~~~\n```\n~~~") << QString();
    QTest::newRow("four backticks around ```, closed")
        << QStringLiteral("````md\n```py\nprint(1)\n```\n````\nafter") << QString();
    QTest::newRow("four backticks around ```, open") << QStringLiteral("````md\n```py\nprint(1)\n```\n")
                                                    << QStringLiteral("````");
    QTest::newRow("closed by a longer run") << QStringLiteral("```\nx\n`````") << QString();
    QTest::newRow("a closer with text after is code") << QStringLiteral("```\nx\n``` not yet") << QStringLiteral("```");
    QTest::newRow("indented fence, closed unindented") << QStringLiteral("  ```\n  x\n```") << QString();
    QTest::newRow("indented fence, closed indented") << QStringLiteral("   ~~~~\nx\n  ~~~~") << QString();
    QTest::newRow("indented fence, open") << QStringLiteral("text\n   ```js\nlet x") << QStringLiteral("```");
    QTest::newRow("four spaces is indented code, no fence") << QStringLiteral("    ```\nx") << QString();
    QTest::newRow("a closer indented four spaces is code") << QStringLiteral("```\nx\n    ```") << QStringLiteral("```");
    QTest::newRow("unclosed at the very end") << QStringLiteral("prose\n```") << QStringLiteral("```");
    QTest::newRow("unclosed with a newline after") << QStringLiteral("prose\n~~~\n") << QStringLiteral("~~~");
    QTest::newRow("unclosed after a closed one") << QStringLiteral("```\na\n```\n\n~~~~\nb")
                                               << QStringLiteral("~~~~");
    QTest::newRow("crlf lines") << QStringLiteral("```\r\nx\r\n```\r\n") << QString();
}

void TstCodeFence::openCloserAtEnd()
{
    QFETCH(QString, text);
    QFETCH(QString, closer);
    QCOMPARE(CodeFence::openCloserAtEnd(text), closer);
}

QTEST_GUILESS_MAIN(TstCodeFence)
#include "tst_codefence.moc"
