#include "ConversationsCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "StandardOutput.h"

#include "store/ConversationExporter.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

ConversationsCommand::ConversationsCommand(QTextStream &err)
    : m_err(err)
{
}

int ConversationsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List, export and import conversations."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Export format: md, json or csv (usage)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Write to FILE instead of stdout."),
                                          QStringLiteral("FILE"));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, export ID or import FILE."));
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, m_err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"list" && action != u"export" && action != u"import") {
        m_err << tr("Say what to do: list, export ID or import FILE.") << '\n';
        return ExitCode::Usage;
    }
    if ((action == u"export" || action == u"import") && positional.size() != 2) {
        m_err << tr("%1 needs exactly one argument.").arg(action) << '\n';
        return ExitCode::Usage;
    }
    const QString format = parser.value(formatOption);
    if (format != u"md" && format != u"json" && format != u"csv") {
        m_err << tr("--format must be md, json or csv.") << '\n';
        return ExitCode::Usage;
    }

    Database database(Database::defaultPath());
    const Database::OpenResult opened = database.open();
    if (!opened.ok()) {
        m_err << opened.error.message() << '\n';
        return ExitCode::Usage;
    }
    if (opened.readOnly) {
        // Reading still works where SQLite can read; an import would write, so it is refused.
        m_err << opened.notice << '\n';
        if (action == u"import")
            return ExitCode::Failure;
        m_err.flush();
    }
    ConversationStore store(database);
    StoreError error;

    if (action == u"list") {
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

    if (action == u"import") {
        QFile file(positional.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return ExitCode::Usage;
        }
        QString parseError;
        const std::optional<ConversationDocument> document = ConversationExporter::fromJson(file.readAll(), &parseError);
        if (!document) {
            m_err << tr("%1 cannot be imported: %2").arg(file.fileName(), parseError) << '\n';
            return ExitCode::Usage;
        }
        const std::optional<Conversation> imported = store.importDocument(*document, &error);
        if (!imported) {
            m_err << error.message() << '\n';
            return ExitCode::Failure;
        }
        if (imported->uuid != document->conversation.uuid)
            m_err << tr("A conversation with this id was already in the database; the import is a copy.") << '\n';
        StandardOutput::write(QByteArray(QByteArray::number(imported->id) + '\n'));
        return ExitCode::Ok;
    }

    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    if (!ok) {
        m_err << tr("\"%1\" is not a conversation id (see `tally-cli conversations list`).").arg(positional.at(1)) << '\n';
        return ExitCode::Usage;
    }
    const std::optional<ConversationDocument> document = store.document(id, &error);
    if (!document) {
        m_err << error.message() << '\n';
        return error.kind() == StoreError::Kind::NotFound ? ExitCode::Usage : ExitCode::Failure;
    }
    QByteArray bytes;
    if (format == u"json")
        bytes = ConversationExporter::toJson(*document);
    else if (format == u"csv")
        bytes = ConversationExporter::usageCsv({*document});
    else
        bytes = ConversationExporter::toMarkdown(*document, QLocale()).toUtf8();

    if (!parser.isSet(outputOption)) {
        StandardOutput::write(bytes);
        return ExitCode::Ok;
    }
    QSaveFile out(parser.value(outputOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_err << tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()) << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}
