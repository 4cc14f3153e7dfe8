// estimate_main: prints TokenEstimator's count for files, one JSON object per line, so the
// tokenizer evaluation (eval.mjs) compares the real C++ code with the real tokenizers rather than
// a copy of the algorithm.
//
//   estimate_main FILE...              {"file":..,"chars":..,"tokens":..} per UTF-8 text file
//   estimate_main --messages FILE...   FILE is a JSON array of {"role","content"}: the prompt count
//                                      with the chat format overhead (estimateMessages)
//   estimate_main --time FILE...       also times estimateText over the file's text
//
// Exit code 2 for a usage error, 1 for a file that cannot be read or parsed.

#include "domain/TokenEstimator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace {

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "estimate_main: %s\n", qUtf8Printable(message));
}

// Runs estimateText over text until at least 200 ms have passed and reports the time per call.
// The sum of the results is printed so the calls cannot be optimised away.
QJsonObject timeEstimate(const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    qint64 calls = 0;
    qint64 checksum = 0;
    do {
        checksum += TokenEstimator::estimateText(text);
        ++calls;
    } while (timer.nsecsElapsed() < 200'000'000);
    const double nsPerCall = static_cast<double>(timer.nsecsElapsed()) / static_cast<double>(calls);
    QJsonObject timing;
    timing.insert(QStringLiteral("calls"), calls);
    timing.insert(QStringLiteral("usPerCall"), nsPerCall / 1000.0);
    timing.insert(QStringLiteral("nsPerChar"), text.isEmpty() ? 0.0 : nsPerCall / static_cast<double>(text.size()));
    timing.insert(QStringLiteral("checksum"), checksum);
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    bool messages = false;
    bool timing = false;
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--messages") {
            messages = true;
        } else if (arg == u"--time") {
            timing = true;
        } else if (arg.startsWith(u'-')) {
            printError(QStringLiteral("unknown option %1").arg(arg));
            return 2;
        } else {
            files.append(arg);
        }
    }
    if (files.isEmpty()) {
        printError(QStringLiteral("usage: estimate_main [--messages] [--time] FILE..."));
        return 2;
    }

    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1: %2").arg(path, file.errorString()));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        QJsonObject result;
        result.insert(QStringLiteral("file"), path);
        if (messages) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
            if (!document.isArray()) {
                printError(QStringLiteral("%1: not a JSON array of messages (%2)").arg(path, error.errorString()));
                return 1;
            }
            QList<QPair<QString, QString>> conversation;
            const QJsonArray array = document.array();
            for (const QJsonValue &value : array) {
                const QJsonObject message = value.toObject();
                conversation.append({message.value(u"role").toString(), message.value(u"content").toString()});
            }
            result.insert(QStringLiteral("messages"), static_cast<qint64>(conversation.size()));
            result.insert(QStringLiteral("tokens"), TokenEstimator::estimateMessages(conversation));
        } else {
            const QString text = QString::fromUtf8(bytes);
            result.insert(QStringLiteral("chars"), static_cast<qint64>(text.size()));
            result.insert(QStringLiteral("tokens"), TokenEstimator::estimateText(text));
            if (timing)
                result.insert(QStringLiteral("timing"), timeEstimate(text));
        }
        printJson(result);
    }
    return 0;
}
