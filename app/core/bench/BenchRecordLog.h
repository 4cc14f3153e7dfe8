#pragma once

#include <QFile>
#include <QString>

struct BenchRecord;

// --requests-out: one JSON line per request, written and flushed as each request ends, so the
// file holds every finished request even when the run is interrupted.
class BenchRecordLog
{
public:
    // Creates (or empties) the file; false with a message when it cannot.
    bool open(const QString &path, QString *error);
    // False once a write failed (a full disk): the caller says so once.
    bool append(const BenchRecord &record);
    void close();
    bool isOpen() const { return m_file.isOpen(); }

private:
    QFile m_file;
    bool m_failed = false;
};
