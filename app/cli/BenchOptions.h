#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;

// The options of `tally-cli bench` as a value: declared on the parser, then read and checked in
// one place, so the command itself only builds the run and executes it. The endpoint options
// (--profile, --base-url, --api-key-env) are EndpointOptions'.
struct BenchOptions
{
    Q_DECLARE_TR_FUNCTIONS(BenchOptions)

public:
    enum class Arrivals { Poisson, Constant };

    int requests = 100;
    bool requestsGiven = false;
    int concurrency = 10;
    std::optional<double> rate; // set: open loop
    Arrivals arrivals = Arrivals::Poisson;
    int maxConcurrency = 1000;
    quint64 seed = 0;
    int warmup = 2;
    int maxTokens = 128;
    std::optional<double> temperature;
    QString model;
    bool stream = true;
    QString prompt;
    QString promptsFile;
    bool allowCache = false;
    std::optional<double> maxCost;
    QString slo;
    int timeoutSeconds = 60;
    QString requestsOut;
    QString csvOut;
    bool json = false;
    bool selfTest = false;

    static void declare(QCommandLineParser &parser);
    // Reads what declare() declared; false with a message naming the first bad value.
    bool read(const QCommandLineParser &parser, QString *error);
};
