#pragma once

#include "api/ChatResult.h"
#include "domain/CostEstimate.h"

#include <QJsonObject>
#include <QString>

// The stats object of `tally-cli chat --stats-json`, exactly as the product brief specifies its
// fields, built from a reply's result and its cost.
namespace StatsReport {

QJsonObject build(const ChatResult &result, const CostEstimate &cost);
// Writes the object to a file (atomically, so a reader never sees half of it). Returns false
// with a message in `error` when the file cannot be written.
bool write(const QString &path, const QJsonObject &stats, QString *error);

} // namespace StatsReport
