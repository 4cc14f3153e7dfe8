#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QObject;
class QThread;

// Copies a database's write-ahead log back into its file on a thread of its own, through a
// connection of its own. A checkpoint writes the file and waits for the disk (fsync), which on
// the window's thread took 1 ms or 50 ms depending on the disk's mood (benchmark B6); in WAL mode
// SQLite lets a PASSIVE checkpoint run beside the writer, so the window need not wait for it.
class Checkpointer final
{
public:
    explicit Checkpointer(const QString &path);
    // Waits for a checkpoint under way, then closes the thread's connection.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Starts a checkpoint on the thread and returns at once; one asked for while another waits
    // to start is the same one.
    void request();
    // How many checkpoints ran (tests wait for it).
    int completed() const { return m_completed.load(); }

private:
    void run();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_worker; // lives in m_thread: what the checkpoints are queued to
    std::atomic<bool> m_pending = false;
    std::atomic<int> m_completed = 0;
};
