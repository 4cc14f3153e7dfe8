#include "ChatRecorder.h"

#include "ExitCode.h"

#include "api/ChatStream.h"
#include "chat/SpendingGuard.h"
#include "settings/AppSettings.h"

#include <QLocale>
#include <QTextStream>

#include <algorithm>

std::optional<int> ChatRecorder::open(qint64 id, const Conversation &fresh)
{
    m_database.emplace(Database::defaultPath());
    const Database::OpenResult opened = m_database->open();
    if (!opened.ok()) {
        m_err << opened.error.message() << '\n';
        return ExitCode::Usage;
    }
    if (opened.readOnly) {
        m_err << opened.notice << '\n';
        return ExitCode::Failure;
    }
    m_store.emplace(*m_database);
    StoreError error;
    if (id == 0) {
        const std::optional<Conversation> created = m_store->createConversation(fresh, &error);
        if (!created) {
            m_err << error.message() << '\n';
            return ExitCode::Failure;
        }
        m_conversation = *created;
        return std::nullopt;
    }
    const std::optional<Conversation> existing = m_store->conversation(id, &error);
    if (!existing) {
        m_err << error.message() << '\n';
        return ExitCode::Usage;
    }
    m_conversation = *existing;
    for (const Message &earlier : m_store->messages(m_conversation.id)) {
        if (earlier.isContext())
            m_history.append({Message::roleName(earlier.role), earlier.content});
    }
    return std::nullopt;
}

std::optional<int> ChatRecorder::checkBudget()
{
    const std::optional<BudgetStatus> reached = SpendingGuard::check(*m_store, AppSettings().budget(), m_conversation.id);
    if (reached && reached->blocks) {
        m_err << reached->message() << ' '
              << tr("Sending is paused by your budget; change it in Settings › Data & privacy.") << '\n';
        return ExitCode::BudgetBlocked;
    }
    if (reached)
        m_err << reached->message() << '\n';
    return std::nullopt;
}

std::optional<int> ChatRecorder::addExchange(const QString &prompt, const QString &model)
{
    Message question;
    question.conversationId = m_conversation.id;
    question.role = Message::Role::User;
    question.content = prompt;
    Message answer;
    answer.conversationId = m_conversation.id;
    answer.role = Message::Role::Assistant;
    answer.state = Message::State::Streaming;
    answer.model = model;
    StoreError error;
    const std::optional<Message> storedQuestion = m_store->appendMessage(question, &error);
    if (storedQuestion)
        answer.parentId = storedQuestion->id; // the reply names its question, as the window's do
    if (!storedQuestion || !(m_reply = m_store->appendMessage(answer, &error))) {
        m_err << error.message() << '\n';
        return ExitCode::Failure;
    }
    return std::nullopt;
}

void ChatRecorder::follow(ChatStream *stream, ReplySaver::CostFunction cost)
{
    m_saver.emplace(*m_store, *m_reply, stream, std::move(cost));
    QObject::connect(&*m_saver, &ReplySaver::saveFailed, stream, [this](const StoreError &saveError) {
        m_err << saveError.message() << '\n';
        m_err.flush();
    });
}

bool ChatRecorder::report(const ChatResult &result)
{
    if (!m_saver || !m_saver->isDone())
        return true;
    if (m_saver->isStored()) {
        m_err << tr("Saved in conversation %1.").arg(m_conversation.id) << '\n';
        return true;
    }
    // Never "saved" when it was not: say what the database holds.
    const QLocale locale;
    const qsizetype total = result.content.size();
    const qsizetype kept = std::min(m_saver->savedLength(), total);
    m_err << (kept > 0 ? tr("The end of the reply could not be saved (%1). Conversation %2 keeps %3 of its %4 "
                            "characters; all of it went to standard output.")
                             .arg(m_saver->lastError().message())
                             .arg(m_conversation.id)
                             .arg(locale.toString(kept), locale.toString(total))
                       : tr("The reply could not be saved (%1). Conversation %2 keeps none of its %3 characters; "
                            "all of it went to standard output.")
                             .arg(m_saver->lastError().message())
                             .arg(m_conversation.id)
                             .arg(locale.toString(total)))
          << '\n';
    return false;
}
