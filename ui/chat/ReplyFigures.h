#pragma once

#include "streaming/StreamedReply.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pwb {

// The figures under a reply — time to first token, tokens/s, tokens in/out, cost, finish
// reason — as one line of text; parts that are not known are left out rather than shown as 0.
struct ReplyFigures
{
    Q_DECLARE_TR_FUNCTIONS(pwb::ReplyFigures)

public:
    static QString format(const StreamedReply &reply, std::optional<double> costUsd);
};

} // namespace pwb
