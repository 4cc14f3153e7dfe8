// The fast loopback server for B7 as a process of its own: LoopbackChatServer on 127.0.0.1,
// answering chat completions at once (streamed with 20 chunks, or not), with keep-alive, and
// counting connections (GET /stats). Prints its port on the first line of stdout, then serves
// until it is stopped.
//   bench_server [PORT]
#include "bench/LoopbackChatServer.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    LoopbackChatServer server;
    if (!server.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "bench_server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    std::signal(SIGPIPE, SIG_IGN);
    return app.exec();
}
