// Message::isContext(): which stored messages go into the next request. The rest of Message is
// plain data, read and written through the store and the formats (their tests).
#include "domain/Message.h"

#include <QTest>

using Role = Message::Role;
using State = Message::State;

class TstMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isContext_data();
    void isContext();
};

void TstMessage::isContext_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("context");
    const QString text = QStringLiteral("Some text");
    QTest::newRow("a question") << Role::User << State::Complete << text << true;
    QTest::newRow("an answer") << Role::Assistant << State::Complete << text << true;
    // The text of a stopped or cut-off reply was seen, so the model should see it too.
    QTest::newRow("a stopped answer") << Role::Assistant << State::Cancelled << text << true;
    QTest::newRow("a cut-off answer") << Role::Assistant << State::Incomplete << text << true;
    QTest::newRow("an answer still streaming") << Role::Assistant << State::Streaming << text << true;
    QTest::newRow("a failed answer") << Role::Assistant << State::Error << text << false;
    QTest::newRow("an empty answer") << Role::Assistant << State::Cancelled << QString() << false;
    QTest::newRow("an empty question") << Role::User << State::Complete << QString() << false;
    // The system prompt comes from the settings of each request, never from the history.
    QTest::newRow("a stored system message") << Role::System << State::Complete << text << false;
}

void TstMessage::isContext()
{
    QFETCH(Role, role);
    QFETCH(State, state);
    QFETCH(QString, content);
    QFETCH(bool, context);
    Message message;
    message.role = role;
    message.state = state;
    message.content = content;
    QCOMPARE(message.isContext(), context);
}

QTEST_GUILESS_MAIN(TstMessage)
#include "tst_message.moc"
