#pragma once

#include "store/BenchmarkRun.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The benchmark history in the conversation database (schema v5): add a finished or stopped run,
// list them newest first, read one, delete one. Every write is one statement, whole or not at all.
class BenchmarkStore final
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkStore)

public:
    explicit BenchmarkStore(Database &database);

    // Stores the run; fills in id and (if unset) createdAt.
    std::optional<BenchmarkRun> add(BenchmarkRun run, StoreError *error = nullptr);
    QList<BenchmarkRun> list(int limit = 500, StoreError *error = nullptr) const;
    std::optional<BenchmarkRun> run(qint64 id, StoreError *error = nullptr) const;
    bool remove(qint64 id, StoreError *error = nullptr);

private:
    Database &m_database;
};
