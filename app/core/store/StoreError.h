#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// Why a database operation failed, in words a person can act on, and what kind of failure it
// was, so callers can keep unsaved text in memory and offer the right way out.
class StoreError final
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        None,
        DiskFull,     // SQLITE_FULL: the disk (or the database's size limit) is full
        ReadOnly,     // the file or its folder cannot be written
        Busy,         // another Tally held the database longer than the busy timeout
        Corrupt,      // the file is damaged or is not a database
        NewerVersion, // written by a newer Tally
        NotFound,     // no such conversation or message
        Other,
    };

    StoreError() = default;
    StoreError(Kind kind, const QString &message);
    // Classifies a failed query by SQLite's result code.
    static StoreError fromSql(const QSqlError &error);
    static Kind kindFromSql(const QSqlError &error);
    static StoreError notFound(const QString &what);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    QString message() const { return m_message; }

private:
    Kind m_kind = Kind::None;
    QString m_message;
};
