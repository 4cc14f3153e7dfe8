#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QStringList>

class EndpointOptions;
class QTextStream;
struct BenchOptions;
struct BenchResult;
struct BenchSpec;

// `tally-cli bench`: N requests against a provider under a closed or open loop, the source
// document's table (and TTFT/ITL/TPOT/E2E, tokens, cost, checks) on stdout or JSON with --json,
// per-request JSONL and CSV files, objectives for CI. In three steps: parse the options into a
// value (BenchOptions), build and check the run (BenchSpec), execute it.
//
// Exit codes: the brief's (2 usage or configuration, 3 authentication, 4 rate limit or quota,
// 6 other failures, 130 Ctrl+C with the partial result printed and written), where 3/4/6 mean
// that no request succeeded; 4 also when the cost cap stopped the run; 8 when an objective
// (--slo) failed.
class BenchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    static constexpr int kSloFailed = 8;

    explicit BenchCommand(QTextStream &err)
        : m_err(err)
    {
    }
    int run(const QStringList &arguments);

private:
    bool buildSpec(const BenchOptions &options, const EndpointOptions &endpoint, BenchSpec &spec, QString *error) const;
    int execute(const BenchOptions &options, const BenchSpec &spec, const EndpointOptions &endpoint);
    int runSelfTest(const BenchOptions &options);
    bool writeFiles(const BenchOptions &options, const BenchResult &result);
    static int exitCodeFor(const BenchResult &result, ApiError::Kind firstError);

    QTextStream &m_err;
};
