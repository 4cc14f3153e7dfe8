#pragma once

#include "api/ApiError.h"
#include "api/ChatResult.h"

// tally-cli's exit codes, as the product brief defines them for scripts.
namespace ExitCode {

constexpr int Ok = 0;
constexpr int Usage = 2;          // bad options, unknown profile, missing key, model not found
constexpr int Authentication = 3; // 401/403
constexpr int RateLimited = 4;    // 429 after retries, 402, quota
constexpr int ContextTooLong = 5;
constexpr int Failure = 6;        // any other provider, server or network failure
constexpr int Incomplete = 7;     // the stream broke or ended early after text arrived
// (8 is tally-cli bench's "an SLO failed".)
constexpr int BudgetBlocked = 9;  // a budget set to stop sending is reached: nothing was sent
constexpr int Interrupted = 130;  // Ctrl+C; the partial reply is kept

inline int forError(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None: return Ok;
    case Kind::MissingKey:
    case Kind::Configuration:
    case Kind::ModelNotFound: return Usage;
    case Kind::Authentication: return Authentication;
    case Kind::RateLimited:
    case Kind::PaymentRequired: return RateLimited;
    case Kind::ContextTooLong: return ContextTooLong;
    case Kind::Cancelled: return Interrupted;
    default: return Failure;
    }
}

inline int forResult(const ChatResult &result)
{
    switch (result.state) {
    case ChatResult::State::Complete: return Ok;
    case ChatResult::State::Cancelled: return Interrupted;
    case ChatResult::State::Incomplete: return Incomplete;
    case ChatResult::State::Failed: return forError(result.error);
    }
    return Failure;
}

} // namespace ExitCode
