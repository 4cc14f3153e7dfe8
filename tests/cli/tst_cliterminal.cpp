// Issue 13, row 8: what a provider or a conversation says must not drive the terminal tally-cli
// writes to. The real tally-cli on a pseudo-terminal (openpty): escape sequences and control
// characters come out as visible signs; --raw and pipes get the bytes unchanged.
#include "CliProcess.h"
#include "TestServer.h"

#include <QTest>

namespace {

// A clear-screen, a window title, an OSC 52 clipboard write, an OSC 8 hyperlink, a C1 CSI, a
// bell, a backspace, a lone carriage return and DEL; tab, newline and CRLF are fine.
const QString kHostile = QStringLiteral("Clear\x1b[2J title\x1b]0;pwned\x07 clip\x1b]52;c;aGVsbG8=\x07 "
                                        "link\x1b]8;;http://evil.example/\x1b\\here\x1b]8;;\x1b\\ c1") + QChar(0x9B)
    + QStringLiteral("31m bell\x07 back\x08 cr\rX del\x7f tab\tnl\ncrlf\r\nend");

bool isSafeForATerminal(const QByteArray &bytes, QByteArray *why)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = (unsigned char)bytes.at(i);
        const bool crlf = c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n';
        if ((c < 0x20 && c != '\n' && c != '\t' && !crlf) || c == 0x7F
            || (c == 0xC2 && i + 1 < bytes.size() && (unsigned char)bytes.at(i + 1) >= 0x80
                && (unsigned char)bytes.at(i + 1) <= 0x9F)) {
            *why = "byte 0x" + QByteArray::number(c, 16) + " at " + QByteArray::number(i) + ": " + bytes.mid(std::max<qsizetype>(0, i - 20), 40).toHex(' ');
            return false;
        }
    }
    return true;
}

} // namespace

class TstCliTerminal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aReplyOnATerminalCannotDriveIt();
    void reasoningAndProviderErrorsToo();
    void rawAndPipesKeepTheBytes();
    void titlesInTheListAndTheExport();

private:
    QStringList chat() const;
    TestServer *m_server = nullptr;
};

void TstCliTerminal::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
}

void TstCliTerminal::cleanup()
{
    delete m_server;
}

QStringList TstCliTerminal::chat() const
{
    return {QStringLiteral("chat"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
            QStringLiteral("--api-key-env"), QStringLiteral("TALLY_TEST_KEY"), QStringLiteral("--model"),
            QStringLiteral("stepfun-v3")};
}

void TstCliTerminal::aReplyOnATerminalCannotDriveIt()
{
    // Split into pieces of three characters, so sequences and the two-byte C1 straddle deltas.
    QStringList pieces;
    for (qsizetype i = 0; i < kHostile.size(); i += 3)
        pieces << kHostile.mid(i, 3);
    m_server->enqueueChat(ScriptedResponse::chatStream(pieces));
    const TerminalRun run = runTallyCliOnATerminal(chat() << QStringLiteral("Hello"));
    QVERIFY(run.ok);
    QCOMPARE(run.exitCode, 0);
    QByteArray why;
    QVERIFY2(isSafeForATerminal(run.out, &why), why.constData());
    const QString shown = QString::fromUtf8(run.out);
    for (const QString &visible : {QStringLiteral("Clear␛[2J"), QStringLiteral("␛]0;pwned␇"),
                                   QStringLiteral("␛]52;c;aGVsbG8=␇"), QStringLiteral("link␛]8;;http://evil.example/␛\\here"),
                                   QStringLiteral("c1\uFFFD31m"), QStringLiteral("back␈"), QStringLiteral("cr␍X"),
                                   QStringLiteral("del␡"), QStringLiteral("tab\tnl\ncrlf\r\nend")})
        QVERIFY2(shown.contains(visible), qPrintable(visible + QStringLiteral(" in ") + shown));
}

void TstCliTerminal::reasoningAndProviderErrorsToo()
{
    m_server->enqueueChat(ScriptedResponse::eventStream(
        {R"(data: {"choices":[{"index":0,"delta":{"reasoning_content":"think\u001b]52;c;c2VjcmV0\u0007"}}]})" "\n\n",
         ScriptedResponse::sseData(ScriptedResponse::contentChunk(QStringLiteral("ok"))),
         ScriptedResponse::sseData(ScriptedResponse::finishChunk()), ScriptedResponse::sseDone()}));
    TerminalRun run = runTallyCliOnATerminal(chat() << QStringLiteral("--show-reasoning") << QStringLiteral("Hi"));
    QVERIFY(run.ok);
    QCOMPARE(run.exitCode, 0);
    QByteArray why;
    QVERIFY2(isSafeForATerminal(run.out, &why), why.constData());
    QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("think␛]52;c;c2VjcmV0␇")));

    m_server->enqueueChat(ScriptedResponse::openAiError(400, QStringLiteral("bad\x1b[2J\x1b]0;owned\x07 request"),
                                                        QStringLiteral("invalid_request_error")));
    run = runTallyCliOnATerminal(chat() << QStringLiteral("Hi"));
    QVERIFY(run.ok);
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(isSafeForATerminal(run.out, &why), why.constData());
    QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("bad␛[2J␛]0;owned␇ request")));
}

void TstCliTerminal::rawAndPipesKeepTheBytes()
{
    m_server->enqueueChat(ScriptedResponse::chatStream({kHostile}));
    const TerminalRun raw = runTallyCliOnATerminal(chat() << QStringLiteral("--raw") << QStringLiteral("Hello"));
    QVERIFY(raw.ok);
    QCOMPARE(raw.exitCode, 0);
    QVERIFY(raw.out.startsWith(kHostile.toUtf8())); // then the newline a terminal gets after a reply

    m_server->enqueueChat(ScriptedResponse::chatStream({kHostile}));
    const TerminalRun global = runTallyCliOnATerminal(QStringList{QStringLiteral("--raw")} + chat() << QStringLiteral("Hello"));
    QVERIFY(global.ok);
    QVERIFY(global.out.startsWith(kHostile.toUtf8()));

    m_server->enqueueChat(ScriptedResponse::chatStream({kHostile}));
    const CliRun piped = runTallyCli(chat() << QStringLiteral("Hello"));
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, kHostile.toUtf8()); // a pipe asked for nothing to be changed
}

void TstCliTerminal::titlesInTheListAndTheExport()
{
    // The prompt names the conversation; an imported file or auto-title could name it too.
    m_server->enqueueChat(ScriptedResponse::chatStream({QStringLiteral("Answer\x1b[5m blink")}));
    const QString prompt = QStringLiteral("Title\x1b]0;pwned\x07\x1b[2J here");
    QCOMPARE(runTallyCli(chat() << QStringLiteral("--save") << prompt).exitCode, 0);

    const TerminalRun list = runTallyCliOnATerminal({QStringLiteral("conversations"), QStringLiteral("list")});
    QVERIFY(list.ok);
    QCOMPARE(list.exitCode, 0);
    QByteArray why;
    QVERIFY2(isSafeForATerminal(list.out, &why), why.constData());
    QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("Title␛]0;pwned␇␛[2J here")));

    const TerminalRun markdown = runTallyCliOnATerminal({QStringLiteral("conversations"), QStringLiteral("export"),
                                                         QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY(markdown.ok);
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY2(isSafeForATerminal(markdown.out, &why), why.constData());
    QVERIFY(QString::fromUtf8(markdown.out).contains(QStringLiteral("Answer␛[5m blink")));

    // The same export to a file or a pipe keeps the text as stored.
    const CliRun piped = runTallyCli({QStringLiteral("conversations"), QStringLiteral("export"), QStringLiteral("1"),
                                      QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY(piped.out.contains("Answer\x1b[5m blink"));
}

QTEST_GUILESS_MAIN(TstCliTerminal)
#include "tst_cliterminal.moc"
