#include "ConversationsCommand.h"

#include "CommandLine.h"
#include "ConversationsOptions.h"
#include "ExitCode.h"
#include "StandardOutput.h"

#include "formats/ConversationJson.h"
#include "formats/ConversationMarkdown.h"
#include "formats/UsageCsv.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

int ConversationsCommand::run(const QStringList &arguments)
{
    ConversationsOptions options;
    if (const std::optional<int> done
        = CommandLine::parseInto(options, tr("List, export and import conversations."), arguments, m_err))
        return *done;

    Database database(Database::defaultPath());
    const Database::OpenResult opened = database.open();
    if (!opened.ok()) {
        m_err << opened.error.message() << '\n';
        return ExitCode::Usage;
    }
    if (opened.readOnly) {
        // Reading still works where SQLite can read; an import would write, so it is refused.
        m_err << opened.notice << '\n';
        if (options.action == ConversationsOptions::Action::Import)
            return ExitCode::Failure;
        m_err.flush();
    }
    ConversationStore store(database);
    switch (options.action) {
    case ConversationsOptions::Action::List: return list(store);
    case ConversationsOptions::Action::Import: return importFile(store, options.file);
    case ConversationsOptions::Action::Export: break;
    }
    return exportOne(store, options);
}

int ConversationsCommand::list(ConversationStore &store)
{
    StoreError error;
    const QList<ConversationSummary> list = store.listConversations(&error);
    if (error.isError()) {
        m_err << error.message() << '\n';
        return ExitCode::Failure;
    }
    QByteArray out;
    for (const ConversationSummary &summary : list) {
        const Conversation &c = summary.conversation;
        // Tab-separated so scripts can cut it: id, last activity (UTC), messages, pinned, title.
        out += QByteArray::number(c.id) + '\t' + c.updatedAt.toString(Qt::ISODate).toUtf8() + '\t'
            + QByteArray::number(summary.messageCount) + '\t' + (c.pinned ? "pinned" : "-") + '\t'
            + QString(c.title).replace(u'\t', u' ').replace(u'\n', u' ').toUtf8() + '\n';
    }
    StandardOutput::write(out);
    return ExitCode::Ok;
}

int ConversationsCommand::importFile(ConversationStore &store, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
        return ExitCode::Usage;
    }
    QString parseError;
    const std::optional<ConversationDocument> document = ConversationJson::fromJson(file.readAll(), &parseError);
    if (!document) {
        m_err << tr("%1 cannot be imported: %2").arg(file.fileName(), parseError) << '\n';
        return ExitCode::Usage;
    }
    StoreError error;
    const std::optional<Conversation> imported = store.importDocument(*document, &error);
    if (!imported) {
        m_err << error.message() << '\n';
        return ExitCode::Failure;
    }
    // A file without a uuid gets one on import; only a uuid that was already taken makes a copy.
    if (!document->conversation.uuid.isEmpty() && imported->uuid != document->conversation.uuid)
        m_err << tr("A conversation with this id was already in the database; the import is a copy.") << '\n';
    StandardOutput::write(QByteArray(QByteArray::number(imported->id) + '\n'));
    return ExitCode::Ok;
}

int ConversationsCommand::exportOne(ConversationStore &store, const ConversationsOptions &options)
{
    StoreError error;
    const std::optional<ConversationDocument> document = store.document(options.id, &error);
    if (!document) {
        m_err << error.message() << '\n';
        return error.kind() == StoreError::Kind::NotFound ? ExitCode::Usage : ExitCode::Failure;
    }
    QByteArray bytes;
    switch (options.format) {
    case ConversationsOptions::Format::Json: bytes = ConversationJson::toJson(*document); break;
    case ConversationsOptions::Format::UsageCsv: bytes = UsageCsv::toCsv({*document}); break;
    case ConversationsOptions::Format::Markdown:
        bytes = ConversationMarkdown::toMarkdown(*document, QLocale()).toUtf8();
        break;
    }
    if (!options.output) {
        StandardOutput::write(bytes);
        return ExitCode::Ok;
    }
    QSaveFile out(*options.output);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_err << tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()) << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}
