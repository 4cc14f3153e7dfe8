#include "bench/BenchRecordLog.h"

#include "bench/BenchRecord.h"

#include <QJsonDocument>

bool BenchRecordLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

bool BenchRecordLog::append(const BenchRecord &record)
{
    if (!m_file.isOpen() || m_failed)
        return false;
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    m_failed = m_file.write(line) != line.size() || !m_file.flush();
    return !m_failed;
}

void BenchRecordLog::close()
{
    m_file.close();
}
