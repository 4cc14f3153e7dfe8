#include "store/StoreError.h"

#include <QSqlError>

StoreError::StoreError(Kind kind, const QString &message)
    : m_kind(kind)
    , m_message(message)
{
}

StoreError StoreError::fromSql(const QSqlError &error)
{
    // The SQLite driver puts SQLite's (extended) result code in nativeErrorCode(); the low byte
    // is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case 13: // SQLITE_FULL
        return {Kind::DiskFull, tr("The disk is full, so Tally could not save. Nothing already saved was "
                                   "lost and the unsaved text is still open; free some space and try again.")};
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return {Kind::ReadOnly, tr("Tally cannot write to its database (%1). Check the permissions of the "
                                   "data folder.").arg(detail)};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Kind::Busy, tr("The database is busy in another Tally window or tally-cli. Try again in "
                               "a moment.")};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Kind::Corrupt, tr("The database file is damaged (%1). Tally has not changed it.").arg(detail)};
    default:
        return {Kind::Other, tr("The database reported an error: %1").arg(detail)};
    }
}

StoreError::Kind StoreError::kindFromSql(const QSqlError &error)
{
    return fromSql(error).kind();
}

StoreError StoreError::notFound(const QString &what)
{
    return {Kind::NotFound, tr("%1 was not found in the database.").arg(what)};
}
